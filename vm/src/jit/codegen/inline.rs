//! Inlining of the pure part of a callee: a call of a plain function runs, inline,
//! the part of the callee's body that computes on ints, floats and bools only (its
//! arguments, constants, arithmetic, comparisons, branches) up to a `return`. Where
//! the body does anything else (calls, loads a global, stores, allocates), the
//! inlined code gives up and makes the call after all.
//!
//! That part has no effect but its result: it stores nothing, calls nothing,
//! allocates nothing. So the inlined code can give up at any point (an int result
//! outside the small ints, a zero divisor, an argument of another type, the
//! recursion limit, or an instruction it does not inline) and make the call the
//! ordinary way instead, which runs the body again from the start, in its own frame,
//! and raises or produces the big int exactly as the interpreter would. No frame is
//! ever needed for the inlined code, and no deopt can happen inside it.
//!
//! Two shapes benefit. A small arithmetic leaf (`def a(i, j): return 1.0 / ((i + j)
//! * (i + j + 1) // 2 + i + 1)`) is inlined whole: giving up is rare, and makes the
//! call through the generic call helper. The base cases of a recursive function
//! (`if k < 2: return k` in `fib`, `if total == 0: return 1` in
//! `count_partitions`) return without a call, frame or compiled entry; the other
//! calls give up at the recursive call and make the direct call of `calls.rs`.

use super::numbers::{float_cc, int_cc, Operand};
use super::{Translator, F64, I64};
use crate::bytecode::{BinaryOp, CmpKind, CodeObject, Instr, Reg};
use crate::jit::layout::layout;
use crate::jit::offsets;
use crate::jit::types::Ty;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, InstBuilder, Value as IrValue};

/// The most instructions inlined from one callee, over all paths.
const MAX_INLINED: usize = 32;

/// The static type of a value in inlined code.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Int,
    Float,
    Bool,
}

/// One effect-free instruction of a callee.
#[derive(Clone, Copy)]
enum Op {
    Int(Reg, i64),
    Float(Reg, f64),
    Bool(Reg, bool),
    Move(Reg, Reg),
    Binary(Reg, BinaryOp, Reg, Operand),
    Neg(Reg, Reg),
    Compare(Reg, CmpKind, Reg, Reg),
}

/// A condition of a branch.
#[derive(Clone, Copy)]
enum Test {
    /// `R[a] op R[b]` (`BranchCompare`).
    Compare(CmpKind, Reg, Reg),
    /// The truth of `R[r]` (`JumpIfTrue`, `JumpIfFalse`).
    Truthy(Reg),
}

/// The inlined part of a callee, from one of its pcs.
enum Tree {
    /// An operation, then the rest.
    Op(Op, Box<Tree>),
    /// A branch: `then` when the test holds, else `otherwise`.
    Branch {
        test: Test,
        then: Box<Tree>,
        otherwise: Box<Tree>,
    },
    /// A jump (counted as an instruction run), then the rest.
    Jump(Box<Tree>),
    /// `return R[r]`.
    Return(Reg),
    /// Give up: make the call.
    GiveUp,
}

impl Tree {
    /// The leaves (`Return`s and `GiveUp`s) of the tree.
    fn leaves<'t>(&'t self, out: &mut Vec<&'t Tree>) {
        match self {
            Tree::Op(_, rest) | Tree::Jump(rest) => rest.leaves(out),
            Tree::Branch {
                then, otherwise, ..
            } => {
                then.leaves(out);
                otherwise.leaves(out);
            }
            Tree::Return(_) | Tree::GiveUp => out.push(self),
        }
    }

    fn reaches(&self, leaf: fn(&Tree) -> bool) -> bool {
        let mut leaves = Vec::new();
        self.leaves(&mut leaves);
        leaves.into_iter().any(leaf)
    }

    fn returns(&self) -> bool {
        self.reaches(|t| matches!(t, Tree::Return(_)))
    }

    fn gives_up(&self) -> bool {
        self.reaches(|t| matches!(t, Tree::GiveUp))
    }
}

/// The effect-free instruction `instr`, if it is one.
fn decode(code: &CodeObject, instr: Instr) -> Option<Op> {
    use Instr::*;
    if let Some((op, dst, a, b)) = super::numbers::comparison(&instr) {
        return Some(Op::Compare(dst, op, a, b));
    }
    Some(match instr {
        LoadInt { dst, value } => Op::Int(dst, value as i64),
        LoadConst { dst, k } => {
            let c = code.consts[k as usize];
            if c.is_small_int() {
                Op::Int(dst, c.as_small_int())
            } else if c.is_float() {
                Op::Float(dst, c.as_float())
            } else if c.is_bool() {
                Op::Bool(dst, c.as_bool())
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
        _ => return None,
    })
}

/// The kind of `x op y`, if the inlined code computes it.
fn binary_kind(op: BinaryOp, x: Kind, y: Kind) -> Option<Kind> {
    use BinaryOp::*;
    match (op, x, y) {
        (_, Kind::Bool, _) | (_, _, Kind::Bool) => None,
        (TrueDiv, _, _) => Some(Kind::Float),
        (Add | Sub | Mul | FloorDiv | Mod, Kind::Int, Kind::Int) => Some(Kind::Int),
        (Add | Sub | Mul, _, _) => Some(Kind::Float),
        _ => None,
    }
}

/// The kind `op` gives register `dst`, if the inlined code computes it.
fn op_kind(op: Op, kinds: &[Option<Kind>]) -> Option<Kind> {
    let kind = |r: Reg| kinds[r as usize];
    let number = |r: Reg| kind(r).filter(|&k| k != Kind::Bool);
    match op {
        Op::Int(..) => Some(Kind::Int),
        Op::Float(..) => Some(Kind::Float),
        Op::Bool(..) => Some(Kind::Bool),
        Op::Move(_, s) => kind(s),
        Op::Binary(_, op, a, b) => {
            let y = match b {
                Operand::Reg(b) => kind(b)?,
                Operand::Imm(_) => Kind::Int,
            };
            binary_kind(op, kind(a)?, y)
        }
        Op::Neg(_, s) => number(s),
        Op::Compare(_, _, a, b) => number(a).and(number(b)).map(|_| Kind::Bool),
    }
}

/// Plans the inlined code of `code` from `pc`, with registers of kinds `kinds`;
/// `budget` is what is left of `MAX_INLINED`.
fn plan_from(
    code: &CodeObject,
    pc: usize,
    mut kinds: Vec<Option<Kind>>,
    budget: &mut usize,
) -> Tree {
    if *budget == 0 {
        return Tree::GiveUp;
    }
    *budget -= 1;
    let Some(&instr) = code.instrs.get(pc) else {
        return Tree::GiveUp;
    };
    let forward = |target: u32| (target as usize > pc).then_some(target as usize);
    match instr {
        Instr::Return { src } if kinds[src as usize].is_some() => Tree::Return(src),
        Instr::Jump { target } => match forward(target) {
            Some(t) => Tree::Jump(Box::new(plan_from(code, t, kinds, budget))),
            None => Tree::GiveUp,
        },
        Instr::BranchCompare { a, b, op, target } => {
            let numbers = [a, b]
                .iter()
                .all(|&r| matches!(kinds[r as usize], Some(Kind::Int | Kind::Float)));
            match forward(target) {
                Some(t) if numbers => Tree::Branch {
                    test: Test::Compare(op, a, b),
                    then: Box::new(plan_from(code, pc + 1, kinds.clone(), budget)),
                    otherwise: Box::new(plan_from(code, t, kinds, budget)),
                },
                _ => Tree::GiveUp,
            }
        }
        Instr::JumpIfTrue { cond, target } | Instr::JumpIfFalse { cond, target } => {
            match (forward(target), kinds[cond as usize]) {
                (Some(t), Some(_)) => {
                    let jump = plan_from(code, t, kinds.clone(), budget);
                    let fall = plan_from(code, pc + 1, kinds, budget);
                    let (then, otherwise) = match instr {
                        Instr::JumpIfTrue { .. } => (jump, fall),
                        _ => (fall, jump),
                    };
                    Tree::Branch {
                        test: Test::Truthy(cond),
                        then: Box::new(then),
                        otherwise: Box::new(otherwise),
                    }
                }
                _ => Tree::GiveUp,
            }
        }
        _ => match decode(code, instr).and_then(|op| Some((op, op_kind(op, &kinds)?))) {
            Some((op, kind)) => {
                let (Op::Int(d, _)
                | Op::Float(d, _)
                | Op::Bool(d, _)
                | Op::Move(d, _)
                | Op::Binary(d, ..)
                | Op::Neg(d, _)
                | Op::Compare(d, ..)) = op;
                kinds[d as usize] = Some(kind);
                Tree::Op(op, Box::new(plan_from(code, pc + 1, kinds, budget)))
            }
            None => Tree::GiveUp,
        },
    }
}

/// The inlined code of `code` called with arguments of kinds `args`, if it returns
/// on some path.
fn plan(code: &CodeObject, args: &[Kind]) -> Option<Tree> {
    let mut kinds: Vec<Option<Kind>> = vec![None; code.nregs as usize];
    for (slot, &k) in kinds.iter_mut().zip(args) {
        *slot = Some(k);
    }
    let mut budget = MAX_INLINED;
    let tree = plan_from(code, 0, kinds, &mut budget);
    tree.returns().then_some(tree)
}

/// A value of inlined code in the IR.
#[derive(Clone, Copy)]
enum Val {
    Int(IrValue),
    Float(IrValue),
    /// An `i8` flag.
    Bool(IrValue),
}

impl Val {
    fn ir(self) -> IrValue {
        match self {
            Val::Int(v) | Val::Float(v) | Val::Bool(v) => v,
        }
    }
}

/// A binary operation of inlined code, by operator and operand values.
#[derive(Clone, Copy, PartialEq)]
struct Computed {
    op: BinaryOp,
    x: IrValue,
    y: Result<IrValue, i64>,
}

/// Where inlined code goes.
struct Targets {
    /// The code object inlined.
    callee: u32,
    /// Makes the call.
    give_up: Block,
    /// Takes the boxed result.
    done: Block,
}

impl Translator<'_> {
    /// `R[dst] := callee(args)`, inlined where `callee`'s body computes on numbers
    /// (see the module docs): checks that `R[func]` is a function of code `callee`
    /// (else jumps to `generic`, the generic call) and that a call would not hit the
    /// recursion limit, runs the inlined code, and jumps to `done` with the boxed
    /// result. Where it gives up, it continues with the direct call `direct` makes
    /// (the callee and the recursion limit already checked: it is given the frame
    /// count), or, when that is only for rare failures of a body inlined whole, at
    /// `generic`. Returns false, emitting nothing, if there is nothing to inline.
    pub(super) fn inline_pure(
        &mut self,
        func: Reg,
        argc: u16,
        callee: u32,
        generic: Block,
        done: Block,
        direct: impl FnOnce(&mut Self, IrValue),
    ) -> bool {
        let code = &self.env.codes[callee as usize];
        // Arguments of unknown type are taken for ints, and checked.
        let args: Option<Vec<(Kind, bool)>> = (0..argc)
            .map(|i| match self.cur[(func + 1 + i) as usize] {
                Ty::Int => Some((Kind::Int, false)),
                Ty::Float => Some((Kind::Float, false)),
                Ty::Any => Some((Kind::Int, true)),
                _ => None,
            })
            .collect();
        let Some(args) = args else {
            return false;
        };
        let kinds: Vec<Kind> = args.iter().map(|&(k, _)| k).collect();
        let Some(tree) = plan(code, &kinds) else {
            return false;
        };
        let checked = args.iter().any(|&(_, checked)| checked);
        let give_up = if tree.gives_up() || checked {
            self.b.create_block()
        } else {
            generic
        };
        self.check_direct_callee(func, callee, generic);
        // A call here would raise RecursionError: let the generic call raise it.
        let l = layout();
        let fl = &l.frames;
        let flags = Self::flags();
        let len = self.b.ins().load(I64, flags, self.vm, fl.frames_len);
        let limit = self.b.ins().load(I64, flags, self.vm, offsets::FRAME_LIMIT);
        let below = self.b.ins().icmp(IntCC::UnsignedLessThan, len, limit);
        self.continue_if(below, generic);

        let mut regs: Vec<Option<Val>> = vec![None; code.nregs as usize];
        for (i, &(kind, checked)) in args.iter().enumerate() {
            let r = func + 1 + i as Reg;
            regs[i] = Some(match (kind, checked) {
                (_, true) => {
                    let v = self.boxed(r);
                    self.check_type(v, Ty::Int, give_up);
                    Val::Int(self.untag_int(v))
                }
                (Kind::Int, false) => Val::Int(self.int(r)),
                _ => Val::Float(self.float(r)),
            });
        }
        let to = Targets {
            callee,
            give_up,
            done,
        };
        self.inline_tree(&tree, regs, 0, &mut Vec::new(), &to);
        if give_up != generic {
            self.enter_sealed(give_up);
            direct(self, len);
        }
        true
    }

    /// Emits `tree` with the callee's registers `regs`, `run` instructions having
    /// run on the way to it.
    fn inline_tree(
        &mut self,
        tree: &Tree,
        mut regs: Vec<Option<Val>>,
        run: usize,
        computed: &mut Vec<(Computed, Val)>,
        to: &Targets,
    ) {
        let val = |regs: &[Option<Val>], r: Reg| regs[r as usize].expect("planned");
        match tree {
            Tree::Op(op, rest) => {
                let (d, v) = match *op {
                    Op::Int(d, i) => (d, Val::Int(self.b.ins().iconst(I64, i))),
                    Op::Float(d, f) => (d, Val::Float(self.b.ins().f64const(f))),
                    Op::Bool(d, b) => (d, Val::Bool(self.b.ins().iconst(types::I8, b as i64))),
                    Op::Move(d, s) => (d, val(&regs, s)),
                    Op::Binary(d, op, a, b) => {
                        let x = val(&regs, a);
                        // The same operation on the same values again (`(i + j) * (i
                        // + j + 1)`): the code is pure, so it is the value computed
                        // before, checks passed included.
                        let key = Computed {
                            op,
                            x: x.ir(),
                            y: match b {
                                Operand::Reg(b) => Ok(val(&regs, b).ir()),
                                Operand::Imm(i) => Err(i),
                            },
                        };
                        let v = match computed.iter().find(|(k, _)| *k == key) {
                            Some(&(_, v)) => v,
                            None => {
                                let y = match b {
                                    Operand::Reg(b) => val(&regs, b),
                                    Operand::Imm(i) => Val::Int(self.b.ins().iconst(I64, i)),
                                };
                                let v = self.pure_binary(op, x, y, to.give_up);
                                computed.push((key, v));
                                v
                            }
                        };
                        (d, v)
                    }
                    Op::Neg(d, s) => (
                        d,
                        match val(&regs, s) {
                            Val::Int(i) => {
                                let zero = self.b.ins().iconst(I64, 0);
                                let fail = Some(to.give_up);
                                Val::Int(self.int_op(BinaryOp::Sub, zero, i, fail, fail))
                            }
                            Val::Float(f) => Val::Float(self.b.ins().fneg(f)),
                            Val::Bool(_) => unreachable!("planned: no negated bools"),
                        },
                    ),
                    Op::Compare(d, op, a, b) => {
                        let flag = self.pure_compare(op, val(&regs, a), val(&regs, b));
                        (d, Val::Bool(flag))
                    }
                };
                regs[d as usize] = Some(v);
                self.inline_tree(rest, regs, run + 1, computed, to);
            }
            Tree::Branch {
                test,
                then,
                otherwise,
            } => {
                let flag = match *test {
                    Test::Compare(op, a, b) => self.pure_compare(op, val(&regs, a), val(&regs, b)),
                    Test::Truthy(r) => match val(&regs, r) {
                        Val::Bool(flag) => flag,
                        Val::Int(i) => self.b.ins().icmp_imm_s(IntCC::NotEqual, i, 0),
                        Val::Float(f) => {
                            let zero = self.b.ins().f64const(0.0);
                            self.b.ins().fcmp(FloatCC::NotEqual, f, zero)
                        }
                    },
                };
                let (yes, no) = (self.b.create_block(), self.b.create_block());
                self.b.ins().brif(flag, yes, &[], no, &[]);
                // What one side computes does not dominate the other: each starts
                // from what was computed before the branch.
                self.enter_sealed(yes);
                let mut then_computed = computed.clone();
                self.inline_tree(then, regs.clone(), run + 1, &mut then_computed, to);
                self.enter_sealed(no);
                self.inline_tree(otherwise, regs, run + 1, computed, to);
            }
            Tree::Jump(rest) => self.inline_tree(rest, regs, run + 1, computed, to),
            Tree::Return(s) => {
                let boxed = match val(&regs, *s) {
                    Val::Int(i) => self.tag_int(i),
                    Val::Float(f) => self.box_float(f),
                    Val::Bool(flag) => self.tag_bool(flag),
                };
                // It still counts as a call, and its instructions as run in compiled
                // code, once it has got this far (`--stats`).
                self.count_call();
                let env = self.env;
                self.warm_up(&env.codes[to.callee as usize]);
                self.count_instructions(run + 1);
                self.b.ins().jump(to.done, &[boxed.into()]);
            }
            Tree::GiveUp => {
                self.b.ins().jump(to.give_up, &[]);
            }
        }
    }

    /// `x op y` in inlined code (a combination `plan` accepted); jumps to `fail`
    /// where the interpreter would do more than compute a small int or a float.
    fn pure_binary(&mut self, op: BinaryOp, x: Val, y: Val, fail: Block) -> Val {
        match (x, y) {
            (Val::Int(a), Val::Int(b)) if op != BinaryOp::TrueDiv => {
                Val::Int(self.int_op(op, a, b, Some(fail), Some(fail)))
            }
            _ => {
                let a = self.pure_f64(x);
                let b = self.pure_f64(y);
                if op == BinaryOp::TrueDiv {
                    let zero = self.b.ins().f64const(0.0);
                    let nonzero = self.b.ins().fcmp(FloatCC::NotEqual, b, zero);
                    self.continue_if(nonzero, fail);
                }
                Val::Float(self.float_op(op, a, b))
            }
        }
    }

    /// The flag of `x op y` for two numbers (ints compared as ints, else as floats).
    fn pure_compare(&mut self, op: CmpKind, x: Val, y: Val) -> IrValue {
        match (x, y) {
            (Val::Int(a), Val::Int(b)) => self.b.ins().icmp(int_cc(op), a, b),
            _ => {
                let a = self.pure_f64(x);
                let b = self.pure_f64(y);
                self.b.ins().fcmp(float_cc(op), a, b)
            }
        }
    }

    /// A number as an f64 (ints are 48-bit: exact).
    fn pure_f64(&mut self, v: Val) -> IrValue {
        match v {
            Val::Int(i) => self.b.ins().fcvt_from_sint(F64, i),
            Val::Float(f) => f,
            Val::Bool(_) => unreachable!("planned: bools are not numbers here"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::code_of;

    /// The registers the tree's `Return`s return.
    fn returned(tree: &Tree) -> Vec<Reg> {
        let mut leaves = Vec::new();
        tree.leaves(&mut leaves);
        leaves
            .into_iter()
            .filter_map(|t| match t {
                Tree::Return(r) => Some(*r),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn arithmetic_bodies_are_inlined_whole() {
        let a = code_of(
            "def a(i, j):\n    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)\n",
            "a",
        );
        let tree = plan(&a, &[Kind::Int, Kind::Int]).expect("inlined");
        assert!(tree.returns() && !tree.gives_up());
        let sq = code_of("def sq(x):\n    y = x * x\n    return -y\n", "sq");
        for kind in [Kind::Int, Kind::Float] {
            assert!(!plan(&sq, &[kind]).expect("inlined").gives_up());
        }
        let sign = code_of(
            "def sign(x):\n    if x < 0:\n        return -1\n    return x > 0\n",
            "sign",
        );
        assert!(!plan(&sign, &[Kind::Float]).expect("inlined").gives_up());
    }

    #[test]
    fn base_cases_are_inlined_and_the_rest_gives_up() {
        let fib = code_of(
            "def fib(k):\n    if k < 2:\n        return k\n    return fib(k - 1) + fib(k - 2)\n",
            "fib",
        );
        let tree = plan(&fib, &[Kind::Int]).expect("a base case");
        assert!(tree.gives_up());
        assert_eq!(returned(&tree), vec![0], "only `return k`");
        let parts = code_of(
            "def p(t, m):\n    if t == 0:\n        return 1\n    if t < 0 or m == 0:\n        return 0\n    return p(t - m, m) + p(t, m - 1)\n",
            "p",
        );
        let tree = plan(&parts, &[Kind::Int, Kind::Int]).expect("base cases");
        let returns = returned(&tree).len();
        assert_eq!(returns, 3, "`return 1`, and `return 0` on both paths");
        assert!(tree.gives_up());
    }

    #[test]
    fn bodies_that_return_only_after_effects_are_not_inlined() {
        for (src, args) in [
            ("def f(x):\n    print(x)\n    return x\n", vec![Kind::Int]),
            ("def f(x):\n    return x % 2.5\n", vec![Kind::Float]),
            ("def f(x):\n    return g + x\n", vec![Kind::Int]),
            ("def f(x):\n    return 'a'\n", vec![Kind::Int]),
            ("def f(x):\n    return x ** 2\n", vec![Kind::Int]),
            (
                "def f(x):\n    for i in range(x):\n        pass\n    return x\n",
                vec![Kind::Int],
            ),
        ] {
            let f = code_of(src, "f");
            assert!(plan(&f, &args).is_none(), "{src}");
        }
    }

    #[test]
    fn a_loop_gives_up_at_its_back_edge() {
        let f = code_of(
            "def f(x):\n    while x:\n        x -= 1\n    return x\n",
            "f",
        );
        let tree = plan(&f, &[Kind::Int]).expect("returns when x is 0");
        assert!(tree.gives_up());
    }
}
