//! Inlining of pure leaf functions: a call of a small function whose body is
//! straight-line arithmetic on its arguments and constants (`def a(i, j): return
//! 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)`), with arguments the caller knows to
//! be ints or floats, is replaced by that arithmetic.
//!
//! Such a body has no effect but its result: it stores nothing, calls nothing,
//! allocates nothing. So the inlined code can give up at any point (an int result
//! outside the small ints, a zero divisor, the recursion limit) and make the call
//! the ordinary way instead, which runs the body again from the start, in its own
//! frame, and raises or produces the big int exactly as the interpreter would. No
//! frame is ever needed for the inlined body, and no deopt can happen inside it.

use super::numbers::Operand;
use super::{Translator, F64, I64};
use crate::bytecode::{BinaryOp, CodeObject, Instr, Reg};
use crate::jit::layout::layout;
use crate::jit::offsets;
use crate::jit::types::Ty;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{Block, InstBuilder, Value as IrValue};

/// The longest body inlined, in instructions.
const MAX_BODY: usize = 32;

/// The static type of a value in an inlined body.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Int,
    Float,
}

/// One instruction of a pure leaf body.
#[derive(Clone, Copy)]
enum Op {
    Int(Reg, i64),
    Float(Reg, f64),
    Move(Reg, Reg),
    Binary(Reg, BinaryOp, Reg, Operand),
    Neg(Reg, Reg),
    Return(Reg),
}

fn decode(code: &CodeObject, instr: Instr) -> Option<Op> {
    use Instr::*;
    Some(match instr {
        LoadInt { dst, value } => Op::Int(dst, value as i64),
        LoadConst { dst, k } => {
            let c = code.consts[k as usize];
            if c.is_small_int() {
                Op::Int(dst, c.as_small_int())
            } else if c.is_float() {
                Op::Float(dst, c.as_float())
            } else {
                return None;
            }
        }
        Move { dst, src } => Op::Move(dst, src),
        AddInt { dst, a, imm } => Op::Binary(dst, BinaryOp::Add, a, Operand::Imm(imm as i64)),
        SubInt { dst, a, imm } => Op::Binary(dst, BinaryOp::Sub, a, Operand::Imm(imm as i64)),
        Add { dst, a, b }
        | Sub { dst, a, b }
        | Mul { dst, a, b }
        | TrueDiv { dst, a, b }
        | FloorDiv { dst, a, b }
        | Mod { dst, a, b }
        | Inplace { dst, a, b, .. } => {
            let op = crate::jit::types::binary_op(&instr)?;
            Op::Binary(dst, op, a, Operand::Reg(b))
        }
        Neg { dst, src } => Op::Neg(dst, src),
        Return { src } => Op::Return(src),
        _ => return None,
    })
}

/// The kind of `x op y`, if the inlined code computes it.
fn binary_kind(op: BinaryOp, x: Kind, y: Kind) -> Option<Kind> {
    use BinaryOp::*;
    match (op, x, y) {
        (TrueDiv, _, _) => Some(Kind::Float),
        (Add | Sub | Mul | FloorDiv | Mod, Kind::Int, Kind::Int) => Some(Kind::Int),
        (Add | Sub | Mul, _, _) => Some(Kind::Float),
        _ => None,
    }
}

/// The body of `code` as pure leaf operations, and the kind of its result, when
/// called with arguments of kinds `args`; None if it is not such a body.
fn plan(code: &CodeObject, args: &[Kind]) -> Option<(Vec<Op>, Kind)> {
    let mut kinds: Vec<Option<Kind>> = vec![None; code.nregs as usize];
    for (slot, &k) in kinds.iter_mut().zip(args) {
        *slot = Some(k);
    }
    let mut ops = Vec::new();
    for &instr in code.instrs.iter().take(MAX_BODY) {
        let op = decode(code, instr)?;
        ops.push(op);
        let kind_of = |o: Operand, kinds: &[Option<Kind>]| match o {
            Operand::Reg(r) => kinds[r as usize],
            Operand::Imm(_) => Some(Kind::Int),
        };
        match op {
            Op::Int(d, _) => kinds[d as usize] = Some(Kind::Int),
            Op::Float(d, _) => kinds[d as usize] = Some(Kind::Float),
            Op::Move(d, s) => kinds[d as usize] = Some(kinds[s as usize]?),
            Op::Binary(d, op, a, b) => {
                let (x, y) = (kinds[a as usize]?, kind_of(b, &kinds)?);
                kinds[d as usize] = Some(binary_kind(op, x, y)?);
            }
            Op::Neg(d, s) => kinds[d as usize] = Some(kinds[s as usize]?),
            Op::Return(s) => return Some((ops, kinds[s as usize]?)),
        }
    }
    None
}

/// A value of an inlined body in the IR.
#[derive(Clone, Copy)]
enum Val {
    Int(IrValue),
    Float(IrValue),
}

impl Val {
    fn ir(self) -> IrValue {
        match self {
            Val::Int(v) | Val::Float(v) => v,
        }
    }
}

/// A binary operation of an inlined body, by operator and operand values.
#[derive(Clone, Copy, PartialEq)]
struct Computed {
    op: BinaryOp,
    x: IrValue,
    y: Result<IrValue, i64>,
}

impl Translator<'_> {
    /// `R[dst] := callee(args)` by inlining, if `callee`'s body is a pure leaf body
    /// for the arguments' types here: checks that `R[func]` is a function of code
    /// `callee` and that a call would not hit the recursion limit, computes the body,
    /// and jumps to `done` with the boxed result; on any failure jumps to `call`
    /// (which makes the call). Returns false, emitting nothing, if not inlinable.
    pub(super) fn inline_pure_leaf(
        &mut self,
        func: Reg,
        argc: u16,
        callee: u32,
        call: Block,
        done: Block,
    ) -> bool {
        let code = &self.env.codes[callee as usize];
        let args: Option<Vec<Kind>> = (0..argc)
            .map(|i| match self.cur[(func + 1 + i) as usize] {
                Ty::Int => Some(Kind::Int),
                Ty::Float => Some(Kind::Float),
                _ => None,
            })
            .collect();
        let Some((ops, _)) = args.and_then(|args| plan(code, &args)) else {
            return false;
        };
        self.check_callee(func, callee, call);
        // A call here would raise RecursionError: let it.
        let l = layout();
        let fl = &l.frames;
        let flags = Self::flags();
        let len = self.b.ins().load(I64, flags, self.vm, fl.frames_len);
        let limit = self.b.ins().load(I64, flags, self.vm, offsets::FRAME_LIMIT);
        let below = self.b.ins().icmp(IntCC::UnsignedLessThan, len, limit);
        self.continue_if(below, call);

        let mut regs: Vec<Option<Val>> = vec![None; code.nregs as usize];
        for i in 0..argc {
            let r = func + 1 + i;
            regs[i as usize] = Some(match self.cur[r as usize] {
                Ty::Int => Val::Int(self.int(r)),
                _ => Val::Float(self.float(r)),
            });
        }
        let val = |regs: &[Option<Val>], r: Reg| regs[r as usize].expect("planned");
        let body_len = ops.len();
        let mut computed: Vec<(Computed, Val)> = Vec::new();
        for op in ops {
            match op {
                Op::Int(d, i) => regs[d as usize] = Some(Val::Int(self.b.ins().iconst(I64, i))),
                Op::Float(d, f) => {
                    regs[d as usize] = Some(Val::Float(self.b.ins().f64const(f)));
                }
                Op::Move(d, s) => regs[d as usize] = Some(val(&regs, s)),
                Op::Binary(d, op, a, b) => {
                    let x = val(&regs, a);
                    // The same operation on the same values again (`(i + j) * (i + j
                    // + 1)`): the body is pure, so it is the value computed before,
                    // checks passed included.
                    let key = Computed {
                        op,
                        x: x.ir(),
                        y: match b {
                            Operand::Reg(b) => Ok(val(&regs, b).ir()),
                            Operand::Imm(i) => Err(i),
                        },
                    };
                    if let Some(&(_, v)) = computed.iter().find(|(k, _)| *k == key) {
                        regs[d as usize] = Some(v);
                        continue;
                    }
                    let y = match b {
                        Operand::Reg(b) => val(&regs, b),
                        Operand::Imm(i) => Val::Int(self.b.ins().iconst(I64, i)),
                    };
                    let v = self.leaf_binary(op, x, y, call);
                    computed.push((key, v));
                    regs[d as usize] = Some(v);
                }
                Op::Neg(d, s) => {
                    regs[d as usize] = Some(match val(&regs, s) {
                        Val::Int(i) => {
                            let zero = self.b.ins().iconst(I64, 0);
                            Val::Int(self.int_op(BinaryOp::Sub, zero, i, Some(call), Some(call)))
                        }
                        Val::Float(f) => Val::Float(self.b.ins().fneg(f)),
                    });
                }
                Op::Return(s) => {
                    let boxed = match val(&regs, s) {
                        Val::Int(i) => self.tag_int(i),
                        Val::Float(f) => self.box_float(f),
                    };
                    // It still counts as a call, and its instructions as run in
                    // compiled code, once it has got this far (`--stats`).
                    self.count_call();
                    self.count_instructions(body_len);
                    self.b.ins().jump(done, &[boxed.into()]);
                }
            }
        }
        true
    }

    /// `x op y` in an inlined body (a combination `plan` accepted); jumps to `fail`
    /// where the interpreter would do more than compute a small int or a float.
    fn leaf_binary(&mut self, op: BinaryOp, x: Val, y: Val, fail: Block) -> Val {
        match (x, y) {
            (Val::Int(a), Val::Int(b)) if op != BinaryOp::TrueDiv => {
                Val::Int(self.int_op(op, a, b, Some(fail), Some(fail)))
            }
            _ => {
                let a = self.leaf_f64(x);
                let b = self.leaf_f64(y);
                if op == BinaryOp::TrueDiv {
                    let zero = self.b.ins().f64const(0.0);
                    let nonzero = self.b.ins().fcmp(FloatCC::NotEqual, b, zero);
                    self.continue_if(nonzero, fail);
                }
                Val::Float(self.float_op(op, a, b))
            }
        }
    }

    /// A number as an f64 (ints are 48-bit: exact).
    fn leaf_f64(&mut self, v: Val) -> IrValue {
        match v {
            Val::Int(i) => self.b.ins().fcvt_from_sint(F64, i),
            Val::Float(f) => f,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::code_of;

    #[test]
    fn arithmetic_bodies_are_planned_with_their_result_kind() {
        let a = code_of(
            "def a(i, j):\n    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)\n",
            "a",
        );
        let (_, kind) = plan(&a, &[Kind::Int, Kind::Int]).expect("pure leaf");
        assert_eq!(kind, Kind::Float);
        let sq = code_of("def sq(x):\n    y = x * x\n    return -y\n", "sq");
        assert_eq!(plan(&sq, &[Kind::Int]).expect("pure leaf").1, Kind::Int);
        assert_eq!(plan(&sq, &[Kind::Float]).expect("pure leaf").1, Kind::Float);
    }

    #[test]
    fn bodies_with_effects_branches_or_other_types_are_not() {
        for (src, args) in [
            ("def f(x):\n    print(x)\n    return x\n", vec![Kind::Int]),
            (
                "def f(x):\n    if x:\n        return 1\n    return 2\n",
                vec![Kind::Int],
            ),
            ("def f(x):\n    return x % 2.5\n", vec![Kind::Float]),
            ("def f(x):\n    return g + x\n", vec![Kind::Int]),
            ("def f(x):\n    return 'a'\n", vec![Kind::Int]),
            ("def f(x):\n    return x ** 2\n", vec![Kind::Int]),
        ] {
            let f = code_of(src, "f");
            assert!(plan(&f, &args).is_none(), "{src}");
        }
    }
}
