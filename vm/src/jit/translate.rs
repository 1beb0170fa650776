//! Bytecode to Cranelift IR, one code object at a time.
//!
//! Registers stay in memory (the frame's slots of `vm.stack`): every instruction
//! loads its operands and stores its result, so at every helper call and every exit
//! the frame is exactly what the interpreter expects, and the GC (which runs only
//! inside helpers) sees every live value. Cranelift forwards stores to loads within a
//! block. One Cranelift block starts at every *leader* pc (entry pcs, jump targets,
//! and the pc after each branch).
//!
//! Inlined, behind tag guards (a failed guard falls back to [`helpers::step`]):
//! - `Move`, `LoadConst`, `LoadInt`, `Nop`, `StoreGlobal`, `LoadGlobal` (a global or
//!   its builtin; the NameError is the interpreter's);
//! - on two small ints: `+ - * / // % << >> & | ^` and their in-place forms (a result
//!   outside the 48-bit range deopts, so the interpreter makes the big int; a zero or
//!   negative divisor or shift takes the interpreter's path); on two floats: `+ - * /`;
//! - `< <= > >= == !=` on two small ints or two floats;
//! - `Jump` (a back-edge polls the GC inline), `JumpIfFalse`/`JumpIfTrue` on bools and
//!   small ints (others through [`helpers::truthy`]);
//! - `ForIter` over a range iterator; `GetItem`/`SetItem` on a list with an in-range
//!   small-int index.
//!
//! `Return` exits with the frame finished; `Yield`/`YieldFrom` exit to the interpreter
//! at their pc (only it suspends frames); every other instruction, calls included, goes
//! through [`helpers::step`]. Mode `stress` adds a periodic forced failure to every
//! guarded instruction, which deopts at its pc.

use super::exit::{self, DeoptReason};
use super::helpers;
use super::layout;
use super::offsets;
use super::CompiledFn;
use crate::bytecode::{BinaryOp, CmpKind, CodeObject, Instr, Reg};
use crate::runtime::value::{Value, TAG_BOOL, TAG_INT, TAG_PTR, TAG_SHIFT};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, AbiParam, Block, BlockArg, InstBuilder, MemFlagsData, SigRef, Signature, UserFuncName,
    Value as IrValue,
};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::Module;
use std::collections::HashMap;

const I64: types::Type = types::I64;
const INT_TAG_BITS: i64 = (TAG_INT << TAG_SHIFT) as i64;
const BOOL_TAG_BITS: i64 = (TAG_BOOL << TAG_SHIFT) as i64;
const PAYLOAD_MASK: i64 = (1 << TAG_SHIFT) - 1;
const CANONICAL_NAN: i64 = 0x7FF8_0000_0000_0000;

/// Whether `KRAIT_JIT_DUMP=1`: print each function's IR to stderr.
pub fn dump_enabled() -> bool {
    std::env::var("KRAIT_JIT_DUMP").is_ok_and(|v| v == "1")
}

#[derive(Clone, Copy)]
pub struct Options {
    /// Fail guards periodically (mode `stress`).
    pub stress: bool,
    /// Count executed instructions into `JitContext::instructions`.
    pub count: bool,
}

/// The Cranelift module that owns all compiled code, and reusable contexts.
pub struct Backend {
    module: JITModule,
    ctx: Context,
    fctx: FunctionBuilderContext,
    dump: bool,
    pub count_instructions: bool,
}

impl Backend {
    pub fn new() -> Backend {
        let mut flags = settings::builder();
        flags.set("opt_level", "speed").expect("opt_level flag");
        flags
            .set("use_colocated_libcalls", "false")
            .expect("colocated flag");
        flags.set("is_pic", "false").expect("pic flag");
        let isa = cranelift_native::builder()
            .unwrap_or_else(|msg| panic!("the JIT does not support this machine: {msg}"))
            .finish(settings::Flags::new(flags))
            .expect("a native ISA");
        let module = JITModule::new(JITBuilder::with_isa(
            isa,
            cranelift_module::default_libcall_names(),
        ));
        let ctx = module.make_context();
        Backend {
            module,
            ctx,
            fctx: FunctionBuilderContext::new(),
            dump: dump_enabled(),
            count_instructions: false,
        }
    }

    /// Compiles `code`; returns its entry point, its sorted entry pcs and its size.
    pub fn compile(
        &mut self,
        code: &CodeObject,
        index: usize,
        options: Options,
    ) -> Result<(CompiledFn, Box<[u32]>, usize), String> {
        self.module.clear_context(&mut self.ctx);
        let ptr = self.module.target_config().pointer_type();
        let call_conv = self.module.target_config().default_call_conv;
        let mut sig = self.module.make_signature();
        sig.params
            .extend([AbiParam::new(ptr), AbiParam::new(I64), AbiParam::new(I64)]);
        sig.returns.push(AbiParam::new(I64));
        let id = self
            .module
            .declare_anonymous_function(&sig)
            .map_err(|e| e.to_string())?;
        self.ctx.func.signature = sig;
        self.ctx.func.name = UserFuncName::user(0, index as u32);

        let mut entries: Vec<u32> = std::iter::once(0)
            .chain(super::loop_headers(code))
            .collect();
        entries.sort_unstable();
        entries.dedup();

        let builder = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
        let mut t = Translator::new(builder, code, options, call_conv);
        t.translate(&entries);
        t.b.seal_all_blocks();
        t.b.finalize(self.module.target_config());

        if self.dump {
            eprintln!(
                "; krait JIT: {} (code {index})\n{}",
                code.qualname,
                self.ctx.func.display()
            );
        }
        self.module
            .define_function(id, &mut self.ctx)
            .map_err(|e| format!("{e:?}"))?;
        let size = self
            .ctx
            .compiled_code()
            .map_or(0, |c| c.code_info().total_size as usize);
        self.module
            .finalize_definitions()
            .map_err(|e| e.to_string())?;
        let ptr = self.module.get_finalized_function(id);
        // SAFETY: the function was just defined with exactly `CompiledFn`'s signature
        // (pointer, i64, i64) -> i64 in the platform's default calling convention,
        // and the module (which owns the code) lives as long as the VM.
        let func = unsafe { std::mem::transmute::<*const u8, CompiledFn>(ptr) };
        Ok((func, entries.into_boxed_slice(), size))
    }
}

/// What `list_item` does with the element.
enum ListAccess {
    Get(Reg),
    Set(Reg),
}

/// Emits the IR of one code object.
struct Translator<'a> {
    b: FunctionBuilder<'a>,
    code: &'a CodeObject,
    options: Options,
    vm: IrValue,
    /// `base * 8`, the byte offset of R[0] in the stack.
    base_bytes: IrValue,
    base: IrValue,
    /// Address of R[0]; redefined after every helper call.
    regs: Variable,
    /// The block starting at each leader pc.
    blocks: Vec<Option<Block>>,
    /// One exit block per status word.
    exits: HashMap<u64, Block>,
    sig_step: SigRef,
    sig_truthy: SigRef,
    sig_safepoint: SigRef,
}

fn signature(call_conv: CallConv, nparams: usize) -> Signature {
    let mut sig = Signature::new(call_conv);
    sig.params.extend((0..nparams).map(|_| AbiParam::new(I64)));
    sig.returns.push(AbiParam::new(I64));
    sig
}

/// The pcs where a block must start.
fn leaders(code: &CodeObject, entries: &[u32]) -> Vec<bool> {
    let n = code.instrs.len();
    let mut leader = vec![false; n + 1];
    for &e in entries {
        leader[e as usize] = true;
    }
    for (pc, instr) in code.instrs.iter().enumerate() {
        match *instr {
            Instr::Jump { target }
            | Instr::JumpIfFalse { target, .. }
            | Instr::JumpIfTrue { target, .. }
            | Instr::BranchCompare { target, .. }
            | Instr::ForIter { target, .. } => {
                leader[target as usize] = true;
                leader[pc + 1] = true;
            }
            Instr::Return { .. } | Instr::Yield { .. } | Instr::YieldFrom { .. } => {
                leader[pc + 1] = true
            }
            _ => {}
        }
    }
    leader.truncate(n);
    leader
}

impl<'a> Translator<'a> {
    fn new(
        mut b: FunctionBuilder<'a>,
        code: &'a CodeObject,
        options: Options,
        call_conv: CallConv,
    ) -> Self {
        let sig_step = b.import_signature(signature(call_conv, 2));
        let sig_truthy = b.import_signature(signature(call_conv, 3));
        let sig_safepoint = b.import_signature(signature(call_conv, 1));
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let (vm, base) = (params[0], params[1]);
        let base_bytes = b.ins().ishl_imm_s(base, 3);
        let regs = b.declare_var(I64);
        Translator {
            b,
            code,
            options,
            vm,
            base_bytes,
            base,
            regs,
            blocks: Vec::new(),
            exits: HashMap::new(),
            sig_step,
            sig_truthy,
            sig_safepoint,
        }
    }

    fn flags() -> MemFlagsData {
        MemFlagsData::trusted()
    }

    /// Re-derives the register pointer (the stack may have moved).
    fn reload_regs(&mut self) {
        let stack = self
            .b
            .ins()
            .load(I64, Self::flags(), self.vm, offsets::STACK);
        let regs = self.b.ins().iadd(stack, self.base_bytes);
        self.b.def_var(self.regs, regs);
    }

    fn load_reg(&mut self, r: Reg) -> IrValue {
        let regs = self.b.use_var(self.regs);
        self.b.ins().load(I64, Self::flags(), regs, r as i32 * 8)
    }

    fn store_reg(&mut self, r: Reg, v: IrValue) {
        let regs = self.b.use_var(self.regs);
        self.b.ins().store(Self::flags(), v, regs, r as i32 * 8);
    }

    fn block_at(&self, pc: u32) -> Block {
        self.blocks[pc as usize].expect("a block at every leader")
    }

    /// A block that returns `status` from the compiled function.
    fn exit_block(&mut self, status: u64) -> Block {
        if let Some(&b) = self.exits.get(&status) {
            return b;
        }
        let block = self.b.create_block();
        self.b.set_cold_block(block);
        let current = self.b.current_block();
        self.b.switch_to_block(block);
        let v = self.b.ins().iconst(I64, status as i64);
        self.b.ins().return_(&[v]);
        if let Some(c) = current {
            self.b.switch_to_block(c);
        }
        self.exits.insert(status, block);
        block
    }

    fn call(&mut self, sig: SigRef, f: usize, args: &[IrValue]) -> IrValue {
        let callee = self.b.ins().iconst(I64, f as i64);
        let call = self.b.ins().call_indirect(sig, callee, args);
        let result = self.b.inst_results(call)[0];
        self.reload_regs();
        result
    }

    /// Runs the instruction at `pc` through the interpreter; returns the status.
    fn step(&mut self, pc: usize) -> IrValue {
        let pc_v = self.b.ins().iconst(I64, pc as i64);
        let f = helpers::step as *const () as usize;
        let (sig, vm) = (self.sig_step, self.vm);
        self.call(sig, f, &[vm, pc_v])
    }

    /// `step`, then exits with the exception if it raised; continues in a new block.
    fn step_or_raise(&mut self, pc: usize) {
        let status = self.step(pc);
        let raised = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, status, helpers::RAISED as i64);
        let raise = self.exit_block(exit::raise_at(pc as u32));
        let next = self.b.create_block();
        self.b.ins().brif(raised, raise, &[], next, &[]);
        self.b.switch_to_block(next);
    }

    /// In mode `stress`: fail this guard on every `STRESS_PERIOD`th evaluation.
    fn stress_guard(&mut self, pc: usize) {
        if !self.options.stress {
            return;
        }
        let c = self
            .b
            .ins()
            .load(I64, Self::flags(), self.vm, offsets::STRESS_COUNTDOWN);
        let c1 = self.b.ins().iadd_imm_s(c, -1);
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, c1, 0);
        let reset = self.b.ins().iconst(I64, super::STRESS_PERIOD);
        let stored = self.b.ins().select(zero, reset, c1);
        self.b
            .ins()
            .store(Self::flags(), stored, self.vm, offsets::STRESS_COUNTDOWN);
        let fail = self.exit_block(exit::deopt_at(pc as u32, DeoptReason::StressGuard));
        let next = self.b.create_block();
        self.b.ins().brif(zero, fail, &[], next, &[]);
        self.b.switch_to_block(next);
    }

    fn is_int(&mut self, v: IrValue) -> IrValue {
        let tag = self.b.ins().ushr_imm_s(v, TAG_SHIFT as i64);
        self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_INT as i64)
    }

    fn is_float(&mut self, v: IrValue) -> IrValue {
        self.b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThan, v, INT_TAG_BITS)
    }

    /// The payload of a small int, sign-extended.
    fn untag_int(&mut self, v: IrValue) -> IrValue {
        let shifted = self.b.ins().ishl_imm_s(v, 16);
        self.b.ins().sshr_imm_s(shifted, 16)
    }

    fn tag_int(&mut self, i: IrValue) -> IrValue {
        let payload = self.b.ins().band_imm_s(i, PAYLOAD_MASK);
        self.b.ins().bor_imm_s(payload, INT_TAG_BITS)
    }

    fn tag_bool(&mut self, c: IrValue) -> IrValue {
        let wide = self.b.ins().uextend(I64, c);
        self.b.ins().bor_imm_s(wide, BOOL_TAG_BITS)
    }

    fn as_f64(&mut self, v: IrValue) -> IrValue {
        self.b.ins().bitcast(types::F64, MemFlagsData::new(), v)
    }

    /// Boxes a float result, canonicalizing NaN as `Value::float` does.
    fn box_float(&mut self, f: IrValue) -> IrValue {
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), f);
        let nan = self.b.ins().fcmp(FloatCC::Unordered, f, f);
        let canonical = self.b.ins().iconst(I64, CANONICAL_NAN);
        self.b.ins().select(nan, canonical, bits)
    }

    /// `R[dst] := R[a] op R[b]` inline for two small ints (`+ - * / // % << >> & | ^`)
    /// or two floats (`+ - * /`); any other operands go through the interpreter.
    fn arith(&mut self, pc: usize, op: BinaryOp, dst: Reg, a: Reg, b: Reg) {
        self.stress_guard(pc);
        let x = self.load_reg(a);
        let y = self.load_reg(b);
        let (int_block, not_int, slow, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let xi = self.is_int(x);
        let yi = self.is_int(y);
        let both = self.b.ins().band(xi, yi);
        self.b.ins().brif(both, int_block, &[], not_int, &[]);

        self.b.switch_to_block(int_block);
        let ax = self.untag_int(x);
        let ay = self.untag_int(y);
        // Operands the inline code does not handle (a zero or negative divisor, a
        // negative or large shift) take the interpreter's path.
        let zero = self.b.ins().iconst(I64, 0);
        let precondition = match op {
            BinaryOp::Mod | BinaryOp::FloorDiv => {
                Some(self.b.ins().icmp(IntCC::SignedGreaterThan, ay, zero))
            }
            BinaryOp::TrueDiv => Some(self.b.ins().icmp(IntCC::NotEqual, ay, zero)),
            BinaryOp::RShift => Some(self.b.ins().icmp(IntCC::SignedGreaterThanOrEqual, ay, zero)),
            BinaryOp::LShift => Some(self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, ay, 48)),
            BinaryOp::Pow => unreachable!("pow is not inlined"),
            _ => None,
        };
        if let Some(c) = precondition {
            let go = self.b.create_block();
            self.b.ins().brif(c, go, &[], slow, &[]);
            self.b.switch_to_block(go);
        }
        let (r, checked) = match op {
            BinaryOp::Add => (self.b.ins().iadd(ax, ay), None),
            BinaryOp::Sub => (self.b.ins().isub(ax, ay), None),
            BinaryOp::Mul => {
                let (r, of) = self.b.ins().smul_overflow(ax, ay);
                (r, Some(of))
            }
            BinaryOp::LShift => {
                let r = self.b.ins().ishl(ax, ay);
                let back = self.b.ins().sshr(r, ay);
                let lost = self.b.ins().icmp(IntCC::NotEqual, back, ax);
                (r, Some(lost))
            }
            BinaryOp::RShift => {
                let sixty_three = self.b.ins().iconst(I64, 63);
                let big = self.b.ins().icmp(IntCC::SignedGreaterThan, ay, sixty_three);
                let sh = self.b.ins().select(big, sixty_three, ay);
                (self.b.ins().sshr(ax, sh), None)
            }
            BinaryOp::BitAnd => (self.b.ins().band(ax, ay), None),
            BinaryOp::BitOr => (self.b.ins().bor(ax, ay), None),
            BinaryOp::BitXor => (self.b.ins().bxor(ax, ay), None),
            BinaryOp::Mod => {
                // Python's % takes the sign of the (positive) divisor.
                let r = self.b.ins().srem(ax, ay);
                let neg = self.b.ins().icmp(IntCC::SignedLessThan, r, zero);
                let fixed = self.b.ins().iadd(r, ay);
                (self.b.ins().select(neg, fixed, r), None)
            }
            BinaryOp::FloorDiv => {
                let q = self.b.ins().sdiv(ax, ay);
                let r = self.b.ins().srem(ax, ay);
                let neg = self.b.ins().icmp(IntCC::SignedLessThan, r, zero);
                let one = self.b.ins().uextend(I64, neg);
                (self.b.ins().isub(q, one), None)
            }
            BinaryOp::TrueDiv => {
                // Both operands are below 2**53, so this is CPython's correctly rounded
                // int / int.
                let fx = self.b.ins().fcvt_from_sint(types::F64, ax);
                let fy = self.b.ins().fcvt_from_sint(types::F64, ay);
                let q = self.b.ins().fdiv(fx, fy);
                let boxed = self.box_float(q);
                self.store_reg(dst, boxed);
                self.b.ins().jump(done, &[]);
                return self.arith_float_and_slow(pc, op, dst, x, y, not_int, slow, done);
            }
            BinaryOp::Pow => unreachable!("pow is not inlined"),
        };
        let round = self.untag_int(r);
        let fits = self.b.ins().icmp(IntCC::Equal, round, r);
        let ok = match checked {
            Some(bad) => {
                let good = self.b.ins().bxor_imm_s(bad, 1);
                self.b.ins().band(fits, good)
            }
            None => fits,
        };
        let store_block = self.b.create_block();
        let deopt = self.exit_block(exit::deopt_at(pc as u32, DeoptReason::IntOverflow));
        self.b.ins().brif(ok, store_block, &[], deopt, &[]);
        self.b.switch_to_block(store_block);
        let tagged = self.tag_int(r);
        self.store_reg(dst, tagged);
        self.b.ins().jump(done, &[]);
        self.arith_float_and_slow(pc, op, dst, x, y, not_int, slow, done);
    }

    /// `R[dst] := R[a] + k` (`AddInt`, and `SubInt` with `k` negated), inline for a
    /// small int; an overflow deopts so the interpreter makes the big int.
    fn arith_imm(&mut self, pc: usize, dst: Reg, a: Reg, k: i64) {
        self.stress_guard(pc);
        let x = self.load_reg(a);
        let (int_block, store_block, slow, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let xi = self.is_int(x);
        self.b.ins().brif(xi, int_block, &[], slow, &[]);

        self.b.switch_to_block(int_block);
        let ax = self.untag_int(x);
        let r = self.b.ins().iadd_imm_s(ax, k);
        let round = self.untag_int(r);
        let fits = self.b.ins().icmp(IntCC::Equal, round, r);
        let deopt = self.exit_block(exit::deopt_at(pc as u32, DeoptReason::IntOverflow));
        self.b.ins().brif(fits, store_block, &[], deopt, &[]);
        self.b.switch_to_block(store_block);
        let tagged = self.tag_int(r);
        self.store_reg(dst, tagged);
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(slow);
        self.step_or_raise(pc);
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(done);
    }

    /// `if not (R[a] op R[b]) then pc := target`: inline for two small ints, else the
    /// interpreter decides (and reports whether it branched).
    fn branch_compare(&mut self, pc: usize, a: Reg, b: Reg, op: CmpKind, target: u32) {
        self.stress_guard(pc);
        let x = self.load_reg(a);
        let y = self.load_reg(b);
        let taken = self.block_at(target);
        let fall = self.block_at(pc as u32 + 1);
        let (int_block, slow) = (self.b.create_block(), self.b.create_block());
        let xi = self.is_int(x);
        let yi = self.is_int(y);
        let both = self.b.ins().band(xi, yi);
        self.b.ins().brif(both, int_block, &[], slow, &[]);

        self.b.switch_to_block(int_block);
        let ax = self.untag_int(x);
        let ay = self.untag_int(y);
        let cc = match op {
            CmpKind::Eq => IntCC::Equal,
            CmpKind::Ne => IntCC::NotEqual,
            CmpKind::Lt => IntCC::SignedLessThan,
            CmpKind::Le => IntCC::SignedLessThanOrEqual,
            CmpKind::Gt => IntCC::SignedGreaterThan,
            CmpKind::Ge => IntCC::SignedGreaterThanOrEqual,
        };
        let holds = self.b.ins().icmp(cc, ax, ay);
        self.b.ins().brif(holds, fall, &[], taken, &[]);

        self.b.switch_to_block(slow);
        let status = self.step(pc);
        let raise = self.exit_block(exit::raise_at(pc as u32));
        let not_raised = self.b.create_block();
        let raised = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, status, helpers::RAISED as i64);
        self.b.ins().brif(raised, raise, &[], not_raised, &[]);
        self.b.switch_to_block(not_raised);
        let branched = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, status, helpers::BRANCHED as i64);
        self.b.ins().brif(branched, taken, &[], fall, &[]);
    }

    /// The float path (from `not_int`) and the interpreter's path (`slow`) of `arith`.
    #[allow(clippy::too_many_arguments)]
    fn arith_float_and_slow(
        &mut self,
        pc: usize,
        op: BinaryOp,
        dst: Reg,
        x: IrValue,
        y: IrValue,
        not_int: Block,
        slow: Block,
        done: Block,
    ) {
        self.b.switch_to_block(not_int);
        if matches!(
            op,
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::TrueDiv
        ) {
            let float_block = self.b.create_block();
            let xf = self.is_float(x);
            let yf = self.is_float(y);
            let both = self.b.ins().band(xf, yf);
            self.b.ins().brif(both, float_block, &[], slow, &[]);
            self.b.switch_to_block(float_block);
            let fx = self.as_f64(x);
            let fy = self.as_f64(y);
            let r = match op {
                BinaryOp::Add => self.b.ins().fadd(fx, fy),
                BinaryOp::Sub => self.b.ins().fsub(fx, fy),
                BinaryOp::Mul => self.b.ins().fmul(fx, fy),
                _ => {
                    // x / 0.0 raises ZeroDivisionError: the interpreter's job.
                    let zero = self.b.ins().f64const(0.0);
                    let nonzero = self.b.ins().fcmp(FloatCC::NotEqual, fy, zero);
                    let go = self.b.create_block();
                    self.b.ins().brif(nonzero, go, &[], slow, &[]);
                    self.b.switch_to_block(go);
                    self.b.ins().fdiv(fx, fy)
                }
            };
            let boxed = self.box_float(r);
            self.store_reg(dst, boxed);
            self.b.ins().jump(done, &[]);
        } else {
            self.b.ins().jump(slow, &[]);
        }

        self.b.switch_to_block(slow);
        self.step_or_raise(pc);
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(done);
    }

    /// `R[dst] := R[a] cmp R[b]` inline for two small ints or two floats.
    fn compare(&mut self, pc: usize, cc: IntCC, fcc: FloatCC, dst: Reg, a: Reg, b: Reg) {
        self.stress_guard(pc);
        let x = self.load_reg(a);
        let y = self.load_reg(b);
        let (int_block, not_int, float_block, slow, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let xi = self.is_int(x);
        let yi = self.is_int(y);
        let both = self.b.ins().band(xi, yi);
        self.b.ins().brif(both, int_block, &[], not_int, &[]);

        // Small ints with equal tags compare as their sign-extended payloads.
        self.b.switch_to_block(int_block);
        let ax = self.untag_int(x);
        let ay = self.untag_int(y);
        let c = self.b.ins().icmp(cc, ax, ay);
        let v = self.tag_bool(c);
        self.store_reg(dst, v);
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(not_int);
        let xf = self.is_float(x);
        let yf = self.is_float(y);
        let both = self.b.ins().band(xf, yf);
        self.b.ins().brif(both, float_block, &[], slow, &[]);

        self.b.switch_to_block(float_block);
        let fx = self.as_f64(x);
        let fy = self.as_f64(y);
        let c = self.b.ins().fcmp(fcc, fx, fy);
        let v = self.tag_bool(c);
        self.store_reg(dst, v);
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(slow);
        self.step_or_raise(pc);
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(done);
    }

    /// `if truthy(R[cond]) == jump_if then pc := target`.
    fn cond_jump(&mut self, pc: usize, cond: Reg, target: u32, jump_if: bool) {
        let c = self.load_reg(cond);
        let taken = self.block_at(target);
        let fall = self.block_at(pc as u32 + 1);
        let (on_true, on_false) = if jump_if {
            (taken, fall)
        } else {
            (fall, taken)
        };
        let (not_true, slow) = (self.b.create_block(), self.b.create_block());
        let is_true = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, c, Value::TRUE.bits() as i64);
        self.b.ins().brif(is_true, on_true, &[], not_true, &[]);
        self.b.switch_to_block(not_true);
        let is_false = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, c, Value::FALSE.bits() as i64);
        let not_false = self.b.create_block();
        self.b.ins().brif(is_false, on_false, &[], not_false, &[]);
        // A small int is true when its payload is not zero.
        self.b.switch_to_block(not_false);
        let int_block = self.b.create_block();
        let is_int = self.is_int(c);
        self.b.ins().brif(is_int, int_block, &[], slow, &[]);
        self.b.switch_to_block(int_block);
        let payload = self.b.ins().ishl_imm_s(c, 16);
        self.b.ins().brif(payload, on_true, &[], on_false, &[]);

        self.b.switch_to_block(slow);
        let reg = self.b.ins().iconst(I64, cond as i64);
        let f = helpers::truthy as *const () as usize;
        let (sig, vm, base) = (self.sig_truthy, self.vm, self.base);
        let t = self.call(sig, f, &[vm, base, reg]);
        let raise = self.exit_block(exit::raise_at(pc as u32));
        let decided = self.b.create_block();
        let raised = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, t, helpers::TRUTHY_RAISED as i64);
        self.b.ins().brif(raised, raise, &[], decided, &[]);
        self.b.switch_to_block(decided);
        let is_true = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, t, helpers::TRUE as i64);
        self.b.ins().brif(is_true, on_true, &[], on_false, &[]);
    }

    /// The GC poll of a loop back-edge: calls the safepoint helper only when the heap
    /// wants a collection.
    fn poll_safepoint(&mut self) {
        let allocated = self
            .b
            .ins()
            .load(I64, Self::flags(), self.vm, offsets::HEAP_ALLOCATED);
        let next = self
            .b
            .ins()
            .load(I64, Self::flags(), self.vm, offsets::HEAP_NEXT_COLLECTION);
        let wants = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, allocated, next);
        let (collect, done) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(collect);
        self.b.ins().brif(wants, collect, &[], done, &[]);
        self.b.switch_to_block(collect);
        let f = helpers::safepoint as *const () as usize;
        let (sig, vm) = (self.sig_safepoint, self.vm);
        self.call(sig, f, &[vm]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// `R[dst] := G[slot]`, or the builtin of that name; the interpreter raises the
    /// NameError.
    fn load_global(&mut self, pc: usize, dst: Reg, slot: u16) {
        let unbound = Value::UNBOUND.bits() as i64;
        let globals = self
            .b
            .ins()
            .load(I64, Self::flags(), self.vm, offsets::GLOBALS);
        let v = self
            .b
            .ins()
            .load(I64, Self::flags(), globals, slot as i32 * 8);
        let (found, try_builtin, slow, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(found, I64);
        let missing = self.b.ins().icmp_imm_s(IntCC::Equal, v, unbound);
        self.b
            .ins()
            .brif(missing, try_builtin, &[], found, &[BlockArg::Value(v)]);
        self.b.switch_to_block(try_builtin);
        let fallback = self
            .b
            .ins()
            .load(I64, Self::flags(), self.vm, offsets::BUILTIN_FALLBACK);
        let v = self
            .b
            .ins()
            .load(I64, Self::flags(), fallback, slot as i32 * 8);
        let missing = self.b.ins().icmp_imm_s(IntCC::Equal, v, unbound);
        self.b
            .ins()
            .brif(missing, slow, &[], found, &[BlockArg::Value(v)]);
        self.b.switch_to_block(found);
        let v = self.b.block_params(found)[0];
        self.store_reg(dst, v);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        self.step_or_raise(pc);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// The address of the heap object `v` points to if it is a list, else jumps to
    /// `slow`.
    fn guard_list(&mut self, v: IrValue, slow: Block) -> IrValue {
        let l = layout::layout();
        let tag = self.b.ins().ushr_imm_s(v, TAG_SHIFT as i64);
        let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_PTR as i64);
        let (ptr_ok, list_ok) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(is_ptr, ptr_ok, &[], slow, &[]);
        self.b.switch_to_block(ptr_ok);
        let p = self.b.ins().band_imm_s(v, PAYLOAD_MASK);
        let body_tag = self.b.ins().uload8(I64, Self::flags(), p, l.body_tag);
        let is_list = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, body_tag, l.list_tag as i64);
        self.b.ins().brif(is_list, list_ok, &[], slow, &[]);
        self.b.switch_to_block(list_ok);
        p
    }

    /// `R[dst] := R[obj][R[key]]` or `R[obj][R[key]] := R[src]` inline for a list and
    /// an in-range small int; everything else (and IndexError) in the interpreter.
    fn list_item(&mut self, pc: usize, obj: Reg, key: Reg, access: ListAccess) {
        self.stress_guard(pc);
        let l = layout::layout();
        let (slow, done, int_key, in_range) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let o = self.load_reg(obj);
        let k = self.load_reg(key);
        let p = self.guard_list(o, slow);
        let ki = self.is_int(k);
        self.b.ins().brif(ki, int_key, &[], slow, &[]);
        self.b.switch_to_block(int_key);
        let i = self.untag_int(k);
        let len = self.b.ins().load(I64, Self::flags(), p, l.list_len);
        let wrapped = self.b.ins().iadd(i, len);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let i = self.b.ins().select(neg, wrapped, i);
        let ok = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        self.b.ins().brif(ok, in_range, &[], slow, &[]);
        self.b.switch_to_block(in_range);
        let items = self.b.ins().load(I64, Self::flags(), p, l.list_ptr);
        let offset = self.b.ins().ishl_imm_s(i, 3);
        let addr = self.b.ins().iadd(items, offset);
        match access {
            ListAccess::Get(dst) => {
                let v = self.b.ins().load(I64, Self::flags(), addr, 0);
                self.store_reg(dst, v);
            }
            ListAccess::Set(src) => {
                let v = self.load_reg(src);
                self.b.ins().store(Self::flags(), v, addr, 0);
            }
        }
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        self.step_or_raise(pc);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// `ForIter` over a range iterator, inline: the next int goes to `R[dst]` and
    /// control continues at pc + 1. Any other iterator, the end of the range, and a
    /// value that would not be a small int fall through to the interpreter's path
    /// emitted after this.
    fn range_next(&mut self, pc: usize, dst: Reg, iter: Reg) {
        self.stress_guard(pc);
        let l = layout::layout();
        let slow = self.b.create_block();
        let it = self.load_reg(iter);
        let tag = self.b.ins().ushr_imm_s(it, TAG_SHIFT as i64);
        let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_PTR as i64);
        let (ptr_ok, iter_ok, range_ok, more, fits) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.ins().brif(is_ptr, ptr_ok, &[], slow, &[]);
        self.b.switch_to_block(ptr_ok);
        let p = self.b.ins().band_imm_s(it, PAYLOAD_MASK);
        let body_tag = self.b.ins().uload8(I64, Self::flags(), p, l.body_tag);
        let is_iter = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, body_tag, l.iter_tag as i64);
        self.b.ins().brif(is_iter, iter_ok, &[], slow, &[]);
        self.b.switch_to_block(iter_ok);
        let state_tag = self.b.ins().uload8(I64, Self::flags(), p, l.iter_state_tag);
        let is_range = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, state_tag, l.range_tag as i64);
        self.b.ins().brif(is_range, range_ok, &[], slow, &[]);
        self.b.switch_to_block(range_ok);
        let next = self.b.ins().load(I64, Self::flags(), p, l.range_next);
        let stop = self.b.ins().load(I64, Self::flags(), p, l.range_stop);
        let step = self.b.ins().load(I64, Self::flags(), p, l.range_step);
        let up = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
        let below = self.b.ins().icmp(IntCC::SignedLessThan, next, stop);
        let above = self.b.ins().icmp(IntCC::SignedGreaterThan, next, stop);
        let has_more = self.b.ins().select(up, below, above);
        self.b.ins().brif(has_more, more, &[], slow, &[]);
        self.b.switch_to_block(more);
        let round = self.untag_int(next);
        let small = self.b.ins().icmp(IntCC::Equal, round, next);
        let (advanced, overflow) = self.b.ins().sadd_overflow(next, step);
        let no_overflow = self.b.ins().bxor_imm_s(overflow, 1);
        let ok = self.b.ins().band(small, no_overflow);
        self.b.ins().brif(ok, fits, &[], slow, &[]);
        self.b.switch_to_block(fits);
        self.b.ins().store(Self::flags(), advanced, p, l.range_next);
        let v = self.tag_int(next);
        self.store_reg(dst, v);
        let fall = self.block_at(pc as u32 + 1);
        self.b.ins().jump(fall, &[]);
        self.b.switch_to_block(slow);
    }

    fn count_instruction(&mut self) {
        if self.options.count {
            let n = self
                .b
                .ins()
                .load(I64, Self::flags(), self.vm, offsets::INSTRUCTIONS);
            let n1 = self.b.ins().iadd_imm_s(n, 1);
            self.b
                .ins()
                .store(Self::flags(), n1, self.vm, offsets::INSTRUCTIONS);
        }
    }

    fn translate(&mut self, entries: &[u32]) {
        let code = self.code;
        let leader = leaders(code, entries);
        self.blocks = leader
            .iter()
            .map(|&l| l.then(|| self.b.create_block()))
            .collect();

        // Entry dispatch: jump to the block of `entry_pc`.
        self.reload_regs();
        let entry_pc = self.b.block_params(self.b.current_block().expect("entry"))[2];
        for &e in entries {
            let hit = self.b.ins().icmp_imm_s(IntCC::Equal, entry_pc, e as i64);
            let next = self.b.create_block();
            let target = self.block_at(e);
            self.b.ins().brif(hit, target, &[], next, &[]);
            self.b.switch_to_block(next);
        }
        // Not an entry: let the interpreter run from there.
        let status = self.b.ins().iconst(
            I64,
            exit::encode(exit::ExitKind::Deopt, 0, DeoptReason::NoEntry as u8) as i64,
        );
        let status = self.b.ins().bor(status, entry_pc);
        self.b.ins().return_(&[status]);
        let mut terminated = true;

        for (pc, &instr) in code.instrs.iter().enumerate() {
            if let Some(block) = self.blocks[pc] {
                if !terminated {
                    self.b.ins().jump(block, &[]);
                }
                self.b.switch_to_block(block);
            } else if terminated {
                // Unreachable code after a terminator: give it a block of its own.
                let block = self.b.create_block();
                self.b.switch_to_block(block);
            }
            self.count_instruction();
            terminated = self.instruction(pc, instr);
        }
        if !terminated {
            // Every code object ends in Return; this keeps the IR well-formed anyway.
            let exit = self.exit_block(exit::deopt_at(
                code.instrs.len() as u32,
                DeoptReason::NoEntry,
            ));
            self.b.ins().jump(exit, &[]);
        }
    }

    /// Emits one instruction; returns whether it ended its block.
    fn instruction(&mut self, pc: usize, instr: Instr) -> bool {
        use Instr::*;
        match instr {
            Move { dst, src } => {
                let v = self.load_reg(src);
                self.store_reg(dst, v);
            }
            LoadConst { dst, k } => {
                // Constants are GC roots for the whole run, so their bits are stable.
                let v = self
                    .b
                    .ins()
                    .iconst(I64, self.code.consts[k as usize].bits() as i64);
                self.store_reg(dst, v);
            }
            LoadInt { dst, value } => {
                let v = self
                    .b
                    .ins()
                    .iconst(I64, Value::small_int(value as i64).bits() as i64);
                self.store_reg(dst, v);
            }
            Nop => {}
            AddInt { dst, a, imm } => self.arith_imm(pc, dst, a, imm as i64),
            SubInt { dst, a, imm } => self.arith_imm(pc, dst, a, -(imm as i64)),
            BranchCompare { a, b, op, target } => {
                self.branch_compare(pc, a, b, op, target);
                return true;
            }
            Add { dst, a, b } => self.arith(pc, BinaryOp::Add, dst, a, b),
            Sub { dst, a, b } => self.arith(pc, BinaryOp::Sub, dst, a, b),
            Mul { dst, a, b } => self.arith(pc, BinaryOp::Mul, dst, a, b),
            TrueDiv { dst, a, b } => self.arith(pc, BinaryOp::TrueDiv, dst, a, b),
            FloorDiv { dst, a, b } => self.arith(pc, BinaryOp::FloorDiv, dst, a, b),
            Mod { dst, a, b } => self.arith(pc, BinaryOp::Mod, dst, a, b),
            LShift { dst, a, b } => self.arith(pc, BinaryOp::LShift, dst, a, b),
            RShift { dst, a, b } => self.arith(pc, BinaryOp::RShift, dst, a, b),
            BitAnd { dst, a, b } => self.arith(pc, BinaryOp::BitAnd, dst, a, b),
            BitOr { dst, a, b } => self.arith(pc, BinaryOp::BitOr, dst, a, b),
            BitXor { dst, a, b } => self.arith(pc, BinaryOp::BitXor, dst, a, b),
            // On ints and floats, which are immutable, `x op= y` is `x op y`.
            Inplace { dst, a, b, op } if op != BinaryOp::Pow => self.arith(pc, op, dst, a, b),
            LoadGlobal { dst, slot } => self.load_global(pc, dst, slot),
            StoreGlobal { slot, src } => {
                let v = self.load_reg(src);
                let globals = self
                    .b
                    .ins()
                    .load(I64, Self::flags(), self.vm, offsets::GLOBALS);
                self.b
                    .ins()
                    .store(Self::flags(), v, globals, slot as i32 * 8);
            }
            GetItem { dst, obj, key } => self.list_item(pc, obj, key, ListAccess::Get(dst)),
            SetItem { obj, key, src } => self.list_item(pc, obj, key, ListAccess::Set(src)),
            Lt { dst, a, b } => {
                self.compare(pc, IntCC::SignedLessThan, FloatCC::LessThan, dst, a, b)
            }
            Le { dst, a, b } => self.compare(
                pc,
                IntCC::SignedLessThanOrEqual,
                FloatCC::LessThanOrEqual,
                dst,
                a,
                b,
            ),
            Gt { dst, a, b } => self.compare(
                pc,
                IntCC::SignedGreaterThan,
                FloatCC::GreaterThan,
                dst,
                a,
                b,
            ),
            Ge { dst, a, b } => self.compare(
                pc,
                IntCC::SignedGreaterThanOrEqual,
                FloatCC::GreaterThanOrEqual,
                dst,
                a,
                b,
            ),
            Eq { dst, a, b } => self.compare(pc, IntCC::Equal, FloatCC::Equal, dst, a, b),
            Ne { dst, a, b } => self.compare(pc, IntCC::NotEqual, FloatCC::NotEqual, dst, a, b),
            Jump { target } => {
                if target as usize <= pc {
                    self.poll_safepoint();
                }
                let block = self.block_at(target);
                self.b.ins().jump(block, &[]);
                return true;
            }
            JumpIfFalse { cond, target } => {
                self.cond_jump(pc, cond, target, false);
                return true;
            }
            JumpIfTrue { cond, target } => {
                self.cond_jump(pc, cond, target, true);
                return true;
            }
            ForIter { dst, iter, target } => {
                self.range_next(pc, dst, iter);
                let status = self.step(pc);
                let raise = self.exit_block(exit::raise_at(pc as u32));
                let (not_raised, taken, fall) = (
                    self.b.create_block(),
                    self.block_at(target),
                    self.block_at(pc as u32 + 1),
                );
                let raised = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, status, helpers::RAISED as i64);
                self.b.ins().brif(raised, raise, &[], not_raised, &[]);
                self.b.switch_to_block(not_raised);
                let branched =
                    self.b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, status, helpers::BRANCHED as i64);
                self.b.ins().brif(branched, taken, &[], fall, &[]);
                return true;
            }
            Return { .. } => {
                let exit = self.exit_block(exit::return_at(pc as u32));
                self.b.ins().jump(exit, &[]);
                return true;
            }
            Yield { .. } | YieldFrom { .. } => {
                let exit = self.exit_block(exit::deopt_at(pc as u32, DeoptReason::Yield));
                self.b.ins().jump(exit, &[]);
                return true;
            }
            // Everything else runs in the interpreter, one instruction at a time.
            Inplace { .. }
            | DeleteGlobal { .. }
            | CheckBound { .. }
            | DeleteLocal { .. }
            | MakeCell { .. }
            | LoadDeref { .. }
            | StoreDeref { .. }
            | LoadName { .. }
            | StoreName { .. }
            | Pow { .. }
            | Neg { .. }
            | Pos { .. }
            | Invert { .. }
            | Not { .. }
            | Is { .. }
            | IsNot { .. }
            | In { .. }
            | NotIn { .. }
            | GetIter { .. }
            | Call { .. }
            | CallKw { .. }
            | CallEx { .. }
            | CallMethod { .. }
            | MakeFunction { .. }
            | MakeClass { .. }
            | BuildList { .. }
            | BuildTuple { .. }
            | BuildSet { .. }
            | BuildDict { .. }
            | BuildSlice { .. }
            | ListAppend { .. }
            | ListExtend { .. }
            | SetAdd { .. }
            | SetUpdate { .. }
            | DictInsert { .. }
            | DictUpdate { .. }
            | ListToTuple { .. }
            | DelItem { .. }
            | GetAttr { .. }
            | SetAttr { .. }
            | DelAttr { .. }
            | UnpackSeq { .. }
            | UnpackEx { .. }
            | FormatValue { .. }
            | BuildString { .. }
            | Raise { .. }
            | RaiseAssert { .. }
            | ExceptMatch { .. }
            | EnterHandler { .. }
            | ExitHandler
            | Import { .. } => self.step_or_raise(pc),
        }
        false
    }
}
