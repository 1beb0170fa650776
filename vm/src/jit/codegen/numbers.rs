//! Numbers: arithmetic, comparisons, negation and truth values.
//!
//! `Num::Int` and `Num::Float` sites guard their operands once (a register already
//! known to be an int or a float is not checked again) and compute on unboxed values;
//! a result that leaves the small-int range, or an operand value the inline code
//! does not handle (a zero divisor, a negative shift count), deopts so the
//! interpreter does it. `Num::Generic` sites test the tags at run time: inline code
//! for two small ints or two floats, the interpreter for anything else.

use super::{Translator, F64, I64};
use crate::bytecode::{BinaryOp, CmpKind, Instr, Reg};
use crate::interp::{FB_FLOAT, FB_INT};
use crate::jit::exit::DeoptReason;
use crate::jit::helpers;
use crate::jit::layout::layout;
use crate::jit::types::{self, Num, Ty};
use crate::runtime::value::{Value, SMALL_INT_MAX, SMALL_INT_MIN};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    Block, InstBuilder, InstructionData, Opcode, Value as IrValue, ValueDef,
};

/// An operand of a binary operation: a register, or an immediate (`AddInt`).
#[derive(Clone, Copy)]
pub(super) enum Operand {
    Reg(Reg),
    Imm(i64),
}

pub(super) fn int_cc(op: CmpKind) -> IntCC {
    match op {
        CmpKind::Eq => IntCC::Equal,
        CmpKind::Ne => IntCC::NotEqual,
        CmpKind::Lt => IntCC::SignedLessThan,
        CmpKind::Le => IntCC::SignedLessThanOrEqual,
        CmpKind::Gt => IntCC::SignedGreaterThan,
        CmpKind::Ge => IntCC::SignedGreaterThanOrEqual,
    }
}

pub(super) fn float_cc(op: CmpKind) -> FloatCC {
    match op {
        CmpKind::Eq => FloatCC::Equal,
        CmpKind::Ne => FloatCC::NotEqual,
        CmpKind::Lt => FloatCC::LessThan,
        CmpKind::Le => FloatCC::LessThanOrEqual,
        CmpKind::Gt => FloatCC::GreaterThan,
        CmpKind::Ge => FloatCC::GreaterThanOrEqual,
    }
}

/// The comparison, destination and operands of a compare instruction.
pub(super) fn comparison(instr: &Instr) -> Option<(CmpKind, Reg, Reg, Reg)> {
    Some(match *instr {
        Instr::Eq { dst, a, b } => (CmpKind::Eq, dst, a, b),
        Instr::Ne { dst, a, b } => (CmpKind::Ne, dst, a, b),
        Instr::Lt { dst, a, b } => (CmpKind::Lt, dst, a, b),
        Instr::Le { dst, a, b } => (CmpKind::Le, dst, a, b),
        Instr::Gt { dst, a, b } => (CmpKind::Gt, dst, a, b),
        Instr::Ge { dst, a, b } => (CmpKind::Ge, dst, a, b),
        _ => return None,
    })
}

impl Translator<'_> {
    /// An arithmetic instruction or a comparison that produces a value.
    pub(super) fn number(&mut self, n: Num, instr: Instr) {
        use Instr::*;
        if let Some((op, dst, a, b)) = comparison(&instr) {
            return self.compare(n, op, dst, a, b);
        }
        let op = types::binary_op(&instr).expect("an arithmetic instruction");
        let (dst, a, b) = match instr {
            AddInt { dst, a, imm } => (dst, a, Operand::Imm(imm as i64)),
            SubInt { dst, a, imm } => (dst, a, Operand::Imm(imm as i64)),
            Add { dst, a, b }
            | Sub { dst, a, b }
            | Mul { dst, a, b }
            | TrueDiv { dst, a, b }
            | FloorDiv { dst, a, b }
            | Mod { dst, a, b }
            | Pow { dst, a, b }
            | LShift { dst, a, b }
            | RShift { dst, a, b }
            | BitAnd { dst, a, b }
            | BitOr { dst, a, b }
            | BitXor { dst, a, b }
            | Inplace { dst, a, b, .. } => (dst, a, Operand::Reg(b)),
            _ => unreachable!("an arithmetic instruction"),
        };
        self.stress();
        match n {
            Num::Int => {
                self.guard_operands(&[(Operand::Reg(a), Ty::Int), (b, Ty::Int)]);
                let x = self.int_operand(Operand::Reg(a));
                let y = self.int_operand(b);
                if op == BinaryOp::TrueDiv {
                    let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, y, 0);
                    self.guard(nonzero, DeoptReason::Unhandled);
                    // Both are below 2**53: the division is CPython's correctly
                    // rounded int / int.
                    let fx = self.b.ins().fcvt_from_sint(F64, x);
                    let fy = self.b.ins().fcvt_from_sint(F64, y);
                    let q = self.b.ins().fdiv(fx, fy);
                    self.set_float(dst, q);
                } else {
                    let r = self.int_op(op, x, y, None, None);
                    self.set_int(dst, r);
                }
            }
            Num::Float => {
                let (ta, tb) = (self.cur[a as usize], self.operand_type(b));
                let (ga, gb) = types::operand_guesses(ta, tb, self.site());
                self.guard_operands(&[(Operand::Reg(a), ga), (b, gb)]);
                let x = self.float_operand(Operand::Reg(a), ga);
                let y = self.float_operand(b, gb);
                if op == BinaryOp::TrueDiv {
                    let zero = self.b.ins().f64const(0.0);
                    let nonzero = self.b.ins().fcmp(FloatCC::NotEqual, y, zero);
                    self.guard(nonzero, DeoptReason::Unhandled);
                }
                let r = self.float_op(op, x, y);
                self.set_float(dst, r);
            }
            Num::Generic => self.generic_arith(op, dst, a, b),
            Num::Str => {
                // `str + str`: a helper that allocates (so loops around it poll the GC).
                let Operand::Reg(b) = b else {
                    unreachable!("strs have no immediates")
                };
                self.guard_regs(&[(a, Ty::Str), (b, Ty::Str)]);
                let (x, y) = (self.boxed(a), self.boxed(b));
                self.may_collect[self.pc] = true;
                let f = helpers::str_concat as *const () as usize;
                let vm = self.vm;
                let v = self.call(self.sigs.args3, f, &[vm, x, y]);
                self.set_boxed(dst, v, Ty::Str);
            }
        }
    }

    fn operand_type(&self, o: Operand) -> Ty {
        match o {
            Operand::Reg(r) => self.cur[r as usize],
            Operand::Imm(_) => Ty::Int,
        }
    }

    /// Wrapping int arithmetic (`Plan::Wrap`, see [`crate::jit::analysis::Analysis::wraps`]): the
    /// operands are ints or wrapped ints, both in i64s; a mask makes the result an int
    /// again.
    pub(super) fn wrapping(&mut self, instr: Instr) {
        let (op, dst, a, b) =
            crate::jit::analysis::wrap_operands(&instr).expect("an int operation");
        let word = |t: &mut Self, r: Reg| {
            debug_assert!(matches!(t.cur[r as usize], Ty::Int | Ty::Wrapped));
            t.b.use_var(t.ints[r as usize])
        };
        let x = word(self, a);
        let y = match (b, instr) {
            (Some(b), _) => word(self, b),
            (None, Instr::AddInt { imm, .. } | Instr::SubInt { imm, .. }) => {
                self.b.ins().iconst(I64, imm as i64)
            }
            _ => unreachable!("an immediate operand"),
        };
        let r = match op {
            BinaryOp::Add => self.b.ins().iadd(x, y),
            BinaryOp::Sub => self.b.ins().isub(x, y),
            BinaryOp::Mul => self.b.ins().imul(x, y),
            BinaryOp::BitAnd => self.b.ins().band(x, y),
            _ => unreachable!("no wrapping {op:?}"),
        };
        self.b.def_var(self.ints[dst as usize], r);
        self.cur[dst as usize] = if op == BinaryOp::BitAnd {
            Ty::Int
        } else {
            Ty::Wrapped
        };
    }

    /// Guards the register operands among `ops` that are not of their type yet, at
    /// once (see `guard_regs`); immediates need none.
    fn guard_operands(&mut self, ops: &[(Operand, Ty)]) {
        let regs: Vec<(Reg, Ty)> = ops
            .iter()
            .filter_map(|&(o, t)| match o {
                Operand::Reg(r) => Some((r, t)),
                Operand::Imm(_) => None,
            })
            .collect();
        self.guard_regs(&regs);
    }

    /// The unboxed int of an operand, guarding its type first if it is not known.
    fn int_operand(&mut self, o: Operand) -> IrValue {
        match o {
            Operand::Imm(i) => self.b.ins().iconst(I64, i),
            Operand::Reg(r) => {
                self.guard_reg(r, Ty::Int);
                self.int(r)
            }
        }
    }

    /// The operand as an f64: a float, or an int converted exactly (48 bits fit in a
    /// double's mantissa). An unknown operand is guarded as `guess`.
    fn float_operand(&mut self, o: Operand, guess: Ty) -> IrValue {
        match o {
            Operand::Imm(i) => self.b.ins().f64const(i as f64),
            Operand::Reg(r) => {
                if self.cur[r as usize] == Ty::Any {
                    self.guard_reg(r, guess);
                }
                match self.cur[r as usize] {
                    Ty::Int => {
                        let i = self.int(r);
                        self.b.ins().fcvt_from_sint(F64, i)
                    }
                    _ => self.float(r),
                }
            }
        }
    }

    /// `x op y` on two small-int payloads; jumps to `overflow` when the result is not
    /// a small int, to `unhandled` for a zero divisor or a negative (or, shifting left
    /// a nonzero value, huge) shift count. `None`: deopt for that reason.
    pub(super) fn int_op(
        &mut self,
        op: BinaryOp,
        x: IrValue,
        y: IrValue,
        overflow: Option<Block>,
        unhandled: Option<Block>,
    ) -> IrValue {
        let ins_guard = |t: &mut Self, ok: IrValue, fail: Option<Block>, reason| {
            let fail = fail.unwrap_or_else(|| t.deopt_block(reason));
            t.continue_if(ok, fail);
        };
        let overflow = (overflow, DeoptReason::IntOverflow);
        let unhandled = (unhandled, DeoptReason::Unhandled);
        // A right operand known at compile time needs fewer checks: a divisor
        // (`x % 7`, `n // 2`; powers of two take a shift or a mask, and results that
        // stay small need no range check) or a shift count (`x >> 1`).
        let known = self.const_of(y);
        if let (Some(d), BinaryOp::FloorDiv | BinaryOp::Mod) = (known, op) {
            if d > 0 && (d as u64).is_power_of_two() {
                // Floor division by 2**k is an arithmetic shift and the (non-negative)
                // remainder a mask, in two's complement, for either sign of `x`.
                return match op {
                    BinaryOp::FloorDiv => self.b.ins().sshr_imm_s(x, d.trailing_zeros() as i64),
                    _ => self.b.ins().band_imm_s(x, d - 1),
                };
            }
            if d > 1 {
                // Another positive divisor: `x + bias`, with `bias` a multiple of `d`
                // of at least 2**47, is never negative for a 48-bit `x` and stays
                // below 2**49, so Python's flooring division of `x` is an unsigned
                // one of `x + bias`, less `bias / d`, and that is a multiplication
                // (see `Reciprocal`); the remainder is the same for both.
                let k = ((1i64 << 47) + d - 1) / d;
                let biased = self.b.ins().iadd_imm_s(x, d * k);
                let Reciprocal { m, shift } = Reciprocal::of(d as u64);
                let m = self.b.ins().iconst(I64, m as i64);
                let mut q = self.b.ins().umulhi(biased, m);
                if shift > 0 {
                    q = self.b.ins().ushr_imm_u(q, shift as i64);
                }
                return match op {
                    BinaryOp::FloorDiv => self.b.ins().iadd_imm_s(q, -k),
                    _ => {
                        let qd = self.b.ins().imul_imm_s(q, d);
                        self.b.ins().isub(biased, qd)
                    }
                };
            }
        }
        // Operands are 48-bit, so + and - cannot overflow i64: only the range matters.
        let (r, bad) = match op {
            BinaryOp::Add => (self.b.ins().iadd(x, y), None),
            BinaryOp::Sub => (self.b.ins().isub(x, y), None),
            BinaryOp::Mul
                if known
                    .into_iter()
                    .chain(self.const_of(x))
                    .any(|c| c.unsigned_abs() < 1 << 16) =>
            {
                // A constant factor below 2**16 keeps the product of a 48-bit
                // operand inside an i64: the range check of + and - is enough.
                (self.b.ins().imul(x, y), None)
            }
            BinaryOp::Mul => {
                // The operands have 48 bits: x * (y << 16) overflows an i64 exactly
                // when x * y leaves 48 bits, so one overflow flag is the whole check.
                let y16 = self.b.ins().ishl_imm_s(y, 16);
                let (r16, of) = self.b.ins().smul_overflow(x, y16);
                let fail = overflow.0.unwrap_or_else(|| self.deopt_block(overflow.1));
                self.leave_if(of, fail);
                return self.b.ins().sshr_imm_s(r16, 16);
            }
            BinaryOp::FloorDiv | BinaryOp::Mod => {
                // A divisor known to be nonzero needs no check.
                if known.is_none_or(|d| d == 0) {
                    let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, y, 0);
                    ins_guard(self, nonzero, unhandled.0, unhandled.1);
                }
                // One division: `%` needs only the remainder, `//` derives it.
                let (q, rem) = if op == BinaryOp::FloorDiv {
                    let q = self.b.ins().sdiv(x, y);
                    let qy = self.b.ins().imul(q, y);
                    (Some(q), self.b.ins().isub(x, qy))
                } else {
                    (None, self.b.ins().srem(x, y))
                };
                // Python rounds toward negative infinity: when the remainder is
                // nonzero and its sign differs from the divisor's, adjust. (A positive
                // constant divisor took the multiplication above.)
                let sign = self.b.ins().bxor(rem, y);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sign, 0);
                let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, rem, 0);
                let adjust = self.b.ins().band(neg, nz);
                match q {
                    Some(q) => {
                        let one = self.b.ins().uextend(I64, adjust);
                        (self.b.ins().isub(q, one), None)
                    }
                    None => {
                        let fixed = self.b.ins().iadd(rem, y);
                        (self.b.ins().select(adjust, fixed, rem), None)
                    }
                }
            }
            BinaryOp::LShift => {
                if known.is_none_or(|k| !(0..64).contains(&k)) {
                    let small = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, y, 64);
                    ins_guard(self, small, unhandled.0, unhandled.1);
                }
                let r = self.b.ins().ishl(x, y);
                let back = self.b.ins().sshr(r, y);
                let lost = self.b.ins().icmp(IntCC::NotEqual, back, x);
                (r, Some(lost))
            }
            BinaryOp::RShift => {
                if let Some(k @ 0..) = known {
                    return self.b.ins().sshr_imm_s(x, k.min(63));
                }
                let nonneg = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, y, 0);
                ins_guard(self, nonneg, unhandled.0, unhandled.1);
                let sixty_three = self.b.ins().iconst(I64, 63);
                let big = self.b.ins().icmp(IntCC::SignedGreaterThan, y, sixty_three);
                let sh = self.b.ins().select(big, sixty_three, y);
                (self.b.ins().sshr(x, sh), None)
            }
            BinaryOp::BitAnd => (self.b.ins().band(x, y), None),
            BinaryOp::BitOr => (self.b.ins().bor(x, y), None),
            BinaryOp::BitXor => (self.b.ins().bxor(x, y), None),
            BinaryOp::TrueDiv | BinaryOp::Pow => unreachable!("not an int-to-int operation"),
        };
        // Results that are small whenever the operands are: bitwise operations, `>>`,
        // a remainder (smaller than the divisor), a quotient by anything but -1.
        let always_small = match op {
            BinaryOp::BitAnd | BinaryOp::BitOr | BinaryOp::BitXor | BinaryOp::RShift => true,
            BinaryOp::Mod => true,
            BinaryOp::FloorDiv => known.is_some_and(|d| d != -1),
            _ => false,
        };
        if always_small {
            return r;
        }
        // Adding a constant `d` leaves the small ints exactly when `x` is past
        // MAX - d (or, for a negative `d`, below MIN - d): one comparison of the
        // operand, where the range check of the result takes four instructions.
        let addend = match op {
            BinaryOp::Add => known.map(|c| (x, c)).or(self.const_of(x).map(|c| (y, c))),
            BinaryOp::Sub => known.map(|c| (x, -c)),
            _ => None,
        };
        let fits = match addend {
            Some((v, d)) if d >= 0 => {
                self.b
                    .ins()
                    .icmp_imm_s(IntCC::SignedLessThanOrEqual, v, SMALL_INT_MAX - d)
            }
            Some((v, d)) => {
                self.b
                    .ins()
                    .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, v, SMALL_INT_MIN - d)
            }
            None => self.fits_small(r),
        };
        let ok = match bad {
            Some(bad) => {
                let good = self.b.ins().bxor_imm_s(bad, 1);
                self.b.ins().band(fits, good)
            }
            None => fits,
        };
        ins_guard(self, ok, overflow.0, overflow.1);
        r
    }

    /// The value of `v` if it is an integer constant in the IR.
    fn const_of(&self, v: IrValue) -> Option<i64> {
        let ValueDef::Result(inst, _) = self.b.func.dfg.value_def(v) else {
            return None;
        };
        match self.b.func.dfg.insts[inst] {
            InstructionData::UnaryImm {
                opcode: Opcode::Iconst,
                imm,
            } => Some(imm.bits()),
            _ => None,
        }
    }

    /// The condition a bool was boxed from in this function (`tag_bool`), if `v` is
    /// such a bool: a branch on a comparison's result tests the comparison.
    fn condition_of(&self, v: IrValue) -> Option<IrValue> {
        let def = |v: IrValue| match self.b.func.dfg.value_def(v) {
            ValueDef::Result(inst, _) => Some(self.b.func.dfg.insts[inst]),
            _ => None,
        };
        let InstructionData::Binary {
            opcode: Opcode::Bor,
            args: [wide, tag],
        } = def(v)?
        else {
            return None;
        };
        if self.const_of(tag) != Some(super::BOOL_TAG_BITS) {
            return None;
        }
        match def(wide)? {
            InstructionData::Unary {
                opcode: Opcode::Uextend,
                arg,
            } => Some(arg),
            _ => None,
        }
    }

    pub(super) fn float_op(&mut self, op: BinaryOp, x: IrValue, y: IrValue) -> IrValue {
        match op {
            BinaryOp::Add => self.b.ins().fadd(x, y),
            BinaryOp::Sub => self.b.ins().fsub(x, y),
            BinaryOp::Mul => self.b.ins().fmul(x, y),
            BinaryOp::TrueDiv => self.b.ins().fdiv(x, y),
            _ => unreachable!("no inline float {op:?}"),
        }
    }

    /// The boxed value of an operand.
    fn boxed_operand(&mut self, o: Operand) -> IrValue {
        match o {
            Operand::Reg(r) => self.boxed(r),
            Operand::Imm(i) => self.b.ins().iconst(I64, Value::small_int(i).bits() as i64),
        }
    }

    /// Branches to `yes` with the two operands unboxed if both are small ints, else to
    /// `no`; known types skip the test.
    fn both_ints(&mut self, x: IrValue, y: IrValue, ta: Ty, tb: Ty, yes: Block, no: Block) {
        let xi = if ta == Ty::Int {
            self.b.ins().iconst(types_i8(), 1)
        } else {
            self.is_int(x)
        };
        let yi = if tb == Ty::Int {
            self.b.ins().iconst(types_i8(), 1)
        } else {
            self.is_int(y)
        };
        let both = self.b.ins().band(xi, yi);
        self.b.ins().brif(both, yes, &[], no, &[]);
    }

    fn both_floats(&mut self, x: IrValue, y: IrValue, yes: Block, no: Block) {
        let xf = self.is_float(x);
        let yf = self.is_float(y);
        let both = self.b.ins().band(xf, yf);
        self.b.ins().brif(both, yes, &[], no, &[]);
    }

    /// `R[dst] := R[a] op b` with the tags tested at run time.
    fn generic_arith(&mut self, op: BinaryOp, dst: Reg, a: Reg, b: Operand) {
        let (ta, tb) = (self.cur[a as usize], self.operand_type(b));
        let x = self.boxed(a);
        let y = self.boxed_operand(b);
        let (int_block, not_int, slow, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.set_cold_block(slow);
        self.b.append_block_param(done, I64);
        if op == BinaryOp::Pow {
            // A float power: a helper that computes it as the interpreter does.
            let f = helpers::pow_float as *const () as usize;
            let r = self.call(self.sigs.pow_float, f, &[x, y]);
            let undecided = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, r, helpers::UNDECIDED as i64);
            self.b.ins().brif(undecided, slow, &[], done, &[r.into()]);
        } else {
            self.both_ints(x, y, ta, tb, int_block, not_int);
        }

        self.enter_sealed(int_block);
        if op != BinaryOp::Pow {
            self.record(u16::from_le_bytes([FB_INT, FB_INT]));
            let ax = self.untag_int(x);
            let ay = self.untag_int(y);
            if op == BinaryOp::TrueDiv {
                let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, ay, 0);
                let go = self.b.create_block();
                self.b.ins().brif(nonzero, go, &[], slow, &[]);
                self.enter_sealed(go);
                let fx = self.b.ins().fcvt_from_sint(F64, ax);
                let fy = self.b.ins().fcvt_from_sint(F64, ay);
                let q = self.b.ins().fdiv(fx, fy);
                let v = self.box_float(q);
                self.b.ins().jump(done, &[v.into()]);
            } else {
                let r = self.int_op(op, ax, ay, Some(slow), Some(slow));
                let v = self.tag_int(r);
                self.b.ins().jump(done, &[v.into()]);
            }
        } else {
            self.b.ins().jump(slow, &[]);
        }

        self.enter_sealed(not_int);
        if matches!(
            op,
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::TrueDiv
        ) {
            let float_block = self.b.create_block();
            self.both_floats(x, y, float_block, slow);
            self.enter_sealed(float_block);
            self.record(u16::from_le_bytes([FB_FLOAT, FB_FLOAT]));
            let fx = self.as_f64(x);
            let fy = self.as_f64(y);
            if op == BinaryOp::TrueDiv {
                // x / 0.0 raises ZeroDivisionError: the interpreter's job.
                let zero = self.b.ins().f64const(0.0);
                let nonzero = self.b.ins().fcmp(FloatCC::NotEqual, fy, zero);
                let go = self.b.create_block();
                self.b.ins().brif(nonzero, go, &[], slow, &[]);
                self.enter_sealed(go);
            }
            let r = self.float_op(op, fx, fy);
            let v = self.box_float(r);
            self.b.ins().jump(done, &[v.into()]);
        } else {
            self.b.ins().jump(slow, &[]);
        }

        // Ints beyond the small ones that fit in an i64 (the results of `int_op` that
        // left 48 bits, and operands that already did) by a helper that only
        // allocates; anything else by the interpreter.
        self.enter_sealed(slow);
        let interp = self.b.create_block();
        self.b.set_cold_block(interp);
        if op != BinaryOp::Pow && op != BinaryOp::TrueDiv {
            // It allocates: loops around it poll the GC.
            self.may_collect[self.pc] = true;
            let code = self.b.ins().iconst(I64, op as i64);
            let f = helpers::int_binary as *const () as usize;
            let vm = self.vm;
            let r = self.call(self.sigs.args4, f, &[vm, code, x, y]);
            let unhandled = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, r, Value::UNBOUND.bits() as i64);
            self.b.ins().brif(unhandled, interp, &[], done, &[r.into()]);
        } else {
            self.b.ins().jump(interp, &[]);
        }
        self.enter_sealed(interp);
        self.interpreter_path(dst, done, false);

        self.enter_sealed(done);
        let v = self.b.block_params(done)[0];
        self.set_boxed(dst, v, Ty::Any);
    }

    /// Computes `R[a] op R[b]` as a Cranelift flag, for `n`'s operand types.
    /// `Generic` has no flag form: see [`Self::generic_compare`].
    fn compare_flag(&mut self, n: Num, op: CmpKind, a: Reg, b: Reg) -> IrValue {
        self.stress();
        match n {
            Num::Int => {
                self.guard_regs(&[(a, Ty::Int), (b, Ty::Int)]);
                let x = self.int_operand(Operand::Reg(a));
                let y = self.int_operand(Operand::Reg(b));
                self.b.ins().icmp(int_cc(op), x, y)
            }
            Num::Float => {
                let (ga, gb) =
                    types::operand_guesses(self.cur[a as usize], self.cur[b as usize], self.site());
                self.guard_regs(&[(a, ga), (b, gb)]);
                let x = self.float_operand(Operand::Reg(a), ga);
                let y = self.float_operand(Operand::Reg(b), gb);
                self.b.ins().fcmp(float_cc(op), x, y)
            }
            Num::Str => {
                self.guard_regs(&[(a, Ty::Str), (b, Ty::Str)]);
                let (x, y) = (self.boxed(a), self.boxed(b));
                let (same, differ, done) = (
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                );
                self.b.append_block_param(done, I64);
                // The same str object: no need to look at the text.
                let eq = self.b.ins().icmp(IntCC::Equal, x, y);
                self.b.ins().brif(eq, same, &[], differ, &[]);
                self.enter_sealed(same);
                let zero = self.b.ins().iconst(I64, 0);
                self.b.ins().jump(done, &[zero.into()]);
                self.enter_sealed(differ);
                let (px, py) = (self.payload(x), self.payload(y));
                if matches!(op, CmpKind::Eq | CmpKind::Ne) {
                    // Strs of different lengths differ: no need to look at the text.
                    let at = layout().str_char_len;
                    let lx = self.b.ins().load(I64, Self::flags(), px, at);
                    let ly = self.b.ins().load(I64, Self::flags(), py, at);
                    let same_len = self.b.ins().icmp(IntCC::Equal, lx, ly);
                    let (hashes, one) = (self.b.create_block(), self.b.ins().iconst(I64, 1));
                    self.b
                        .ins()
                        .brif(same_len, hashes, &[], done, &[one.into()]);
                    // Strs whose cached hashes differ differ (str constants are hashed
                    // when compiled, dict keys when first used).
                    self.enter_sealed(hashes);
                    let at = layout().str_hash;
                    let hx = self.b.ins().load(I64, Self::flags(), px, at);
                    let hy = self.b.ins().load(I64, Self::flags(), py, at);
                    let known_x = self.b.ins().icmp_imm_s(IntCC::NotEqual, hx, 0);
                    let known_y = self.b.ins().icmp_imm_s(IntCC::NotEqual, hy, 0);
                    let unequal = self.b.ins().icmp(IntCC::NotEqual, hx, hy);
                    let known = self.b.ins().band(known_x, known_y);
                    let differ = self.b.ins().band(known, unequal);
                    let texts = self.b.create_block();
                    self.b.ins().brif(differ, done, &[one.into()], texts, &[]);
                    self.enter_sealed(texts);
                }
                let f = helpers::str_compare as *const () as usize;
                let ord = self.call(self.sigs.args2, f, &[px, py]);
                self.b.ins().jump(done, &[ord.into()]);
                self.enter_sealed(done);
                let ord = self.b.block_params(done)[0];
                self.b.ins().icmp_imm_s(int_cc(op), ord, 0)
            }
            Num::Generic => unreachable!("generic comparisons branch"),
        }
    }

    fn compare(&mut self, n: Num, op: CmpKind, dst: Reg, a: Reg, b: Reg) {
        if n == Num::Generic {
            return self.generic_compare(op, Some(dst), a, b, None);
        }
        let c = self.compare_flag(n, op, a, b);
        let v = self.tag_bool(c);
        self.set_boxed(dst, v, Ty::Bool);
    }

    /// `if not (R[a] op R[b]) then pc := target`.
    pub(super) fn branch_compare(&mut self, n: Num, a: Reg, b: Reg, op: CmpKind, target: usize) {
        let pc = self.pc;
        if n == Num::Generic {
            return self.generic_compare(op, None, a, b, Some(target));
        }
        let c = self.compare_flag(n, op, a, b);
        self.branch(c, pc + 1, target);
    }

    /// A comparison with the tags tested at run time: inline for two small ints or
    /// two floats, the interpreter otherwise. With `dst`, stores the result; with
    /// `target`, branches there when it is false (`BranchCompare`).
    fn generic_compare(
        &mut self,
        op: CmpKind,
        dst: Option<Reg>,
        a: Reg,
        b: Reg,
        target: Option<usize>,
    ) {
        self.stress();
        let pc = self.pc;
        let (ta, tb) = (self.cur[a as usize], self.cur[b as usize]);
        let x = self.boxed(a);
        let y = self.boxed(b);
        let (int_block, not_int, float_block, slow) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.set_cold_block(slow);
        // Where both inline paths meet with the result as a flag.
        let decided = self.b.create_block();
        self.b.append_block_param(decided, types_i8());
        self.both_ints(x, y, ta, tb, int_block, not_int);

        self.enter_sealed(int_block);
        self.record(u16::from_le_bytes([FB_INT, FB_INT]));
        let ax = self.untag_int(x);
        let ay = self.untag_int(y);
        let c = self.b.ins().icmp(int_cc(op), ax, ay);
        self.b.ins().jump(decided, &[c.into()]);

        self.enter_sealed(not_int);
        self.both_floats(x, y, float_block, slow);
        self.enter_sealed(float_block);
        self.record(u16::from_le_bytes([FB_FLOAT, FB_FLOAT]));
        let fx = self.as_f64(x);
        let fy = self.as_f64(y);
        let c = self.b.ins().fcmp(float_cc(op), fx, fy);
        self.b.ins().jump(decided, &[c.into()]);

        // The interpreter's path: it stores the result, or branches.
        self.enter_sealed(slow);
        let saved = self.cur.clone();
        let status = self.step();
        match (dst, target) {
            (Some(dst), _) => {
                let done = self.b.create_block();
                self.b.append_block_param(done, I64);
                let v = self.b.use_var(self.boxed[dst as usize]);
                self.b.ins().jump(done, &[v.into()]);
                self.cur = saved;
                self.enter_sealed(decided);
                let c = self.b.block_params(decided)[0];
                let v = self.tag_bool(c);
                self.b.ins().jump(done, &[v.into()]);
                self.enter_sealed(done);
                let v = self.b.block_params(done)[0];
                self.set_boxed(dst, v, Ty::Any);
            }
            (None, Some(target)) => {
                let branched =
                    self.b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, status, helpers::BRANCHED as i64);
                let not_branched = self.b.ins().bxor_imm_s(branched, 1);
                self.cur = saved;
                self.branch(not_branched, pc + 1, target);
                self.enter_sealed(decided);
                let c = self.b.block_params(decided)[0];
                self.branch(c, pc + 1, target);
            }
            (None, None) => unreachable!("a comparison stores or branches"),
        }
    }

    /// `R[dst] := -R[src]`.
    pub(super) fn negate(&mut self, n: Num, dst: Reg, src: Reg) {
        self.stress();
        match n {
            Num::Int => {
                let x = self.int_operand(Operand::Reg(src));
                let r = self.b.ins().ineg(x);
                // -(-2**47) is not a small int.
                let fits = self.fits_small(r);
                self.guard(fits, DeoptReason::IntOverflow);
                self.set_int(dst, r);
            }
            Num::Float => {
                let x = self.float_operand(Operand::Reg(src), Ty::Float);
                let r = self.b.ins().fneg(x);
                self.set_float(dst, r);
            }
            Num::Generic => {
                self.step();
            }
            Num::Str => unreachable!("strs are not negated inline"),
        }
    }

    /// The truth value of `R[r]` as a flag: inline for bools, ints, floats and None,
    /// through the `truthy` helper (`__bool__`, `__len__`, containers) otherwise.
    pub(super) fn truthy(&mut self, r: Reg) -> IrValue {
        match self.cur[r as usize] {
            Ty::Int => {
                let i = self.int(r);
                return self.b.ins().icmp_imm_s(IntCC::NotEqual, i, 0);
            }
            Ty::Float => {
                let f = self.float(r);
                let zero = self.b.ins().f64const(0.0);
                // NaN is true: `ne` holds for unordered operands.
                return self.b.ins().fcmp(FloatCC::NotEqual, f, zero);
            }
            Ty::Bool => {
                let v = self.boxed(r);
                if let Some(c) = self.condition_of(v) {
                    return c;
                }
                return self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, v, Value::TRUE.bits() as i64);
            }
            _ => {}
        }
        let v = self.boxed(r);
        let (not_bool, not_none, int_block, slow, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.set_cold_block(slow);
        self.b.append_block_param(done, types_i8());
        let tag = self
            .b
            .ins()
            .ushr_imm_s(v, crate::runtime::value::TAG_SHIFT as i64);
        let is_bool =
            self.b
                .ins()
                .icmp_imm_s(IntCC::Equal, tag, crate::runtime::value::TAG_BOOL as i64);
        let bit = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, v, Value::TRUE.bits() as i64);
        self.b
            .ins()
            .brif(is_bool, done, &[bit.into()], not_bool, &[]);
        self.enter_sealed(not_bool);
        let is_none = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, v, Value::NONE.bits() as i64);
        let f = self.b.ins().iconst(types_i8(), 0);
        self.b.ins().brif(is_none, done, &[f.into()], not_none, &[]);
        self.enter_sealed(not_none);
        let is_int = self.is_int(v);
        self.b.ins().brif(is_int, int_block, &[], slow, &[]);
        self.enter_sealed(int_block);
        let payload = self.b.ins().ishl_imm_s(v, 16);
        let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, payload, 0);
        self.b.ins().jump(done, &[nz.into()]);

        self.enter_sealed(slow);
        let reg = self.b.ins().iconst(I64, r as i64);
        let f = helpers::truthy as *const () as usize;
        let (sig, vm, base) = (self.sigs.args3, self.vm, self.base);
        let t = self.call_helper(sig, f, &[vm, base, reg]);
        self.exit_if_raised(t, helpers::TRUTHY_RAISED);
        let c = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, t, helpers::TRUE as i64);
        self.b.ins().jump(done, &[c.into()]);

        self.enter_sealed(done);
        self.b.block_params(done)[0]
    }
}

/// Division of numbers below 2**49 by a constant `d` (not a power of two) as a
/// multiplication: `n / d` is `umulhi(n, m) >> shift`, the high word of the 128-bit
/// product shifted, with `m = ceil(2**(64 + shift) / d)`. The product overshoots
/// `n * 2**(64 + shift) / d` by `n * e / d` with `e = m * d - 2**(64 + shift) < d`,
/// which stays below the `1 / d` that would change the quotient as long as
/// `n * e < 2**(64 + shift)`: true for `n < 2**49` when `2**(64 + shift) >= 2**49 * d`,
/// so `shift = ceil(log2 d) - 15` (0 for divisors below 2**15), and then `m` fits 64
/// bits because `d` is above `2**floor(log2 d)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Reciprocal {
    m: u64,
    shift: u32,
}

impl Reciprocal {
    /// Dividends are below 2**DIVIDEND_BITS.
    const DIVIDEND_BITS: u32 = 49;

    fn of(d: u64) -> Reciprocal {
        debug_assert!(d > 2 && !d.is_power_of_two() && d < 1 << 48, "divisor {d}");
        let ceil_log2 = 64 - (d - 1).leading_zeros();
        let shift = (ceil_log2 + Self::DIVIDEND_BITS).saturating_sub(64);
        let m = (1u128 << (64 + shift)).div_ceil(d as u128);
        Reciprocal {
            m: u64::try_from(m).expect("the reciprocal fits 64 bits"),
            shift,
        }
    }

    #[cfg(test)]
    fn divide(self, n: u64) -> u64 {
        (((n as u128 * self.m as u128) >> 64) as u64) >> self.shift
    }
}

fn types_i8() -> cranelift_codegen::ir::Type {
    cranelift_codegen::ir::types::I8
}

#[cfg(test)]
mod tests {
    use super::Reciprocal;

    #[test]
    fn reciprocals_divide_exactly_below_2_pow_49() {
        let top = (1u64 << Reciprocal::DIVIDEND_BITS) - 1;
        let mut divisors: Vec<u64> = (3..2000).filter(|d: &u64| !d.is_power_of_two()).collect();
        for k in 11..48 {
            // Around each power of two, where the shift changes.
            divisors.extend([(1 << k) - 1, (1 << k) + 1, (1 << k) + 3, 3 << (k - 1)]);
        }
        divisors.extend([10, 100, 1000, 1_000_000, 1_000_000_007, (1 << 47) - 1]);
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        for &d in &divisors {
            let r = Reciprocal::of(d);
            let check = |n: u64| assert_eq!(r.divide(n), n / d, "{n} / {d} with {r:?}");
            // The edges: 0, the top, and around every multiple of d near them.
            for n in [
                0,
                1,
                d - 1,
                d,
                d + 1,
                top,
                top - 1,
                top - top % d,
                top - top % d - 1,
            ] {
                check(n);
            }
            for _ in 0..200 {
                // xorshift: dividends spread over the whole range.
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let n = x & top;
                check(n);
                check(n - n % d);
                if n >= 1 {
                    check(n - n % d + d - 1);
                }
            }
        }
    }
}
