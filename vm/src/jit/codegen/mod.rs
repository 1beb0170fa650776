//! Bytecode to Cranelift IR, one code object at a time.
//!
//! Every bytecode register has three Cranelift variables: its boxed word, its
//! unboxed i64 (when its type is `Int`) and its unboxed f64 (`Float`). Which one holds
//! the register's value follows from its type at that point ([`super::types::Ty`]),
//! which [`super::analysis`] works out for every block entry. Values stay in SSA
//! form, in machine registers, across instructions and loops; the frame's slots in
//! `vm.stack` are written only
//! - before a helper call: what the helper reads, what an exception handler would
//!   read, and every live value that may be a heap pointer (helpers are where the GC
//!   runs, and the frame is what it scans);
//! - at an exit: everything live where the interpreter continues.
//!
//! A guard that fails exits to the interpreter *at that instruction* ("deopt"), whose
//! generic code then runs it; compiled code never half-executes an instruction. The
//! inline paths and helpers are listed in `docs/jit-opcodes.md`, generated from
//! [`strategy`].

mod calls;
mod inline;
mod numbers;
mod objects;
mod strategy;

pub use strategy::{opcode_table, strategy, Strategy};

use super::analysis::{self, Analysis, Context, Liveness, Plan, RegSet, Site};
use super::exit::{self, DeoptReason};
use super::helpers;
use super::offsets;
use super::types::{SiteFeedback, Ty};
use super::CompiledFn;
use crate::bytecode::{CodeObject, Instr, Reg, WARM};
use crate::runtime::value::{Value, TAG_BOOL, TAG_INT, TAG_PTR, TAG_SHIFT};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    types, AbiParam, Block, FuncRef, InstBuilder, MemFlagsData, SigRef, Signature, UserFuncName,
    Value as IrValue,
};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context as ClifContext;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::Module;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

const I64: types::Type = types::I64;
const F64: types::Type = types::F64;
const INT_TAG_BITS: i64 = (TAG_INT << TAG_SHIFT) as i64;
const BOOL_TAG_BITS: i64 = (TAG_BOOL << TAG_SHIFT) as i64;
const PAYLOAD_MASK: i64 = (1 << TAG_SHIFT) - 1;
const CANONICAL_NAN: i64 = 0x7FF8_0000_0000_0000;

/// What `KRAIT_JIT_DUMP` asks for: `1` prints each compilation's IR to stderr, `asm`
/// the IR and then the machine code Cranelift made of it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Dump {
    Off,
    Ir,
    Asm,
}

pub fn dump_mode() -> Dump {
    match std::env::var("KRAIT_JIT_DUMP").as_deref() {
        Ok("1") => Dump::Ir,
        Ok("asm") => Dump::Asm,
        _ => Dump::Off,
    }
}

#[derive(Clone, Copy)]
pub struct Options {
    /// Fail guards periodically (mode `stress`).
    pub stress: bool,
    /// Count executed instructions into `JitContext::instructions`.
    pub count: bool,
    /// Specialize on type feedback (not in the first compilation in mode `eager`,
    /// before there is any).
    pub speculate: bool,
    /// Loops count down to a recompilation ("tier-up") that uses the feedback recorded
    /// meanwhile: set when code is compiled before some of it ever ran.
    pub tier_up: bool,
    /// Compile only this loop region (`start..=end`, entered at `start`).
    pub region: Option<(u32, u32)>,
}

/// What the compiler knows of the running program.
pub struct Env<'a> {
    pub codes: &'a [CodeObject],
    pub global_names: &'a [String],
    /// The globals' values when compiling (what the code will most likely find).
    pub global_values: &'a [Value],
    /// The bits of the builtin `len` (calls to it are inlined behind a check).
    pub len_builtin: u64,
    /// Per global slot: whether some code of the program deletes it.
    pub deleted_globals: &'a [bool],
    /// Per global slot: whether, once bound, it keeps its value for good.
    pub fixed_globals: &'a [bool],
    /// Speculations that failed too often in this code object.
    pub despecialized: &'a HashSet<Site>,
    /// Per code object, its optimized code entered at pc 0, or 0 (for direct
    /// calls): `Jit::entry_table`, whose address is fixed as long as the code.
    pub entry_table: *const usize,
}

/// A compiled code object.
pub struct Compiled {
    pub func: CompiledFn,
    /// Sorted entry pcs.
    pub entries: Box<[u32]>,
    /// Per entry (as `entries`): the types its registers must have, which the caller
    /// (`jit::enter`) checks before it enters there (pc 0 checks them itself).
    pub entry_types: Box<[Option<EntryTypes>]>,
    pub code_bytes: usize,
    /// Heap objects the code compares values against by address: the JIT keeps them
    /// alive as long as the code (else another object could take the address).
    pub constants: Vec<Value>,
}

/// The registers a loop-header entry speculates on and their types (see
/// `helpers::entry_status`).
pub type EntryTypes = std::rc::Rc<[(Reg, Ty)]>;

/// The longest run of instructions counted at once (`--stats`): what an exit did not
/// run of it must fit the status word (see [`exit::with_overcount`]).
const MAX_COUNTED_RUN: usize = 1 << 15;

/// The Cranelift module that owns all compiled code, and reusable contexts.
pub struct Backend {
    module: JITModule,
    ctx: ClifContext,
    fctx: FunctionBuilderContext,
    dump: Dump,
    pub count_instructions: bool,
    /// For tests: the code object whose translation panics half done.
    #[cfg(test)]
    pub panic_translating: Option<usize>,
    /// Per code object compiled: its liveness, for its later compilations (loops of
    /// the same code, recompilations). Code objects never change.
    liveness: HashMap<usize, Rc<Liveness>>,
    /// The tables `helpers::check_entry` reads, which compiled code points at: kept
    /// as long as the code (which the module never frees either). Boxed: the code
    /// holds their addresses, which must not move as the vector grows.
    #[allow(clippy::vec_box)]
    entry_checks: Vec<Box<helpers::EntryChecks>>,
    /// The IR size of the last compilation (see `JitStats::compile_ir_insts`).
    ir_insts: u32,
    /// The unboxed registers of every exit compiled, which status words name.
    pub raw_masks: exit::RawMasks,
}

impl Backend {
    pub fn new() -> Backend {
        let mut flags = settings::builder();
        flags.set("opt_level", "speed").expect("opt_level flag");
        flags
            .set("use_colocated_libcalls", "false")
            .expect("colocated flag");
        flags.set("is_pic", "false").expect("pic flag");
        // The IR verifier costs compile time: on in debug builds, and in release
        // builds with `KRAIT_JIT_VERIFY=1` (as `vm/tests/jit_coverage.rs` runs them).
        let verify = if cfg!(debug_assertions)
            || std::env::var("KRAIT_JIT_VERIFY").is_ok_and(|v| v == "1")
        {
            "true"
        } else {
            "false"
        };
        flags.set("enable_verifier", verify).expect("verifier flag");
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
            dump: dump_mode(),
            count_instructions: false,
            #[cfg(test)]
            panic_translating: None,
            liveness: HashMap::new(),
            entry_checks: Vec::new(),
            ir_insts: 0,
            raw_masks: exit::RawMasks::default(),
        }
    }

    /// The IR size of the last compilation (0 if it did not get that far), once.
    pub fn take_ir_insts(&mut self) -> u32 {
        std::mem::take(&mut self.ir_insts)
    }

    /// Drops whatever a compilation that panicked left half done.
    pub fn reset(&mut self) {
        self.ctx = self.module.make_context();
        self.fctx = FunctionBuilderContext::new();
    }

    /// Compiles code object `index`.
    pub fn compile(
        &mut self,
        index: usize,
        env: &Env,
        options: Options,
    ) -> Result<Compiled, String> {
        let code = &env.codes[index];
        if code.instrs.len() > exit::MAX_PC {
            return Err("the code is too long for the JIT's status words".to_owned());
        }
        self.module.clear_context(&mut self.ctx);
        let ptr = self.module.target_config().pointer_type();
        let call_conv = self.module.target_config().default_call_conv;
        let mut sig = Signature::new(call_conv);
        sig.params
            .extend([AbiParam::new(ptr), AbiParam::new(I64), AbiParam::new(I64)]);
        sig.returns.push(AbiParam::new(I64));
        let id = self
            .module
            .declare_anonymous_function(&sig)
            .map_err(|e| e.to_string())?;
        self.ctx.func.signature = sig;
        self.ctx.func.name = UserFuncName::user(0, index as u32);

        let cx = Context {
            code,
            codes: env.codes,
            despecialized: env.despecialized,
            speculate: options.speculate,
            caches: analysis::MethodCaches::new(),
            region: options.region,
            global_values: env.global_values,
            fixed_globals: env.fixed_globals,
        };
        let live = self
            .liveness
            .entry(index)
            .or_insert_with(|| Rc::new(Liveness::of(code, env.codes)));
        let an = Analysis::with_liveness(&cx, Rc::clone(live));
        // A whole function compiled on feedback calls itself without the entry table
        // (see `inline_call`).
        let self_ref = (options.speculate && options.region.is_none())
            .then(|| self.module.declare_func_in_func(id, &mut self.ctx.func));
        let builder = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
        let mut t = Translator::new(builder, &cx, &an, env, options, call_conv);
        t.self_ref = self_ref;
        t.translate();
        t.fill_entry_poll();
        #[cfg(test)]
        if self.panic_translating == Some(index) {
            panic!("a test's panic in the middle of compiling code {index}");
        }
        t.fill_exits(&mut self.raw_masks)?;
        let mut entry_types = std::mem::take(&mut t.entry_types);
        let constants = std::mem::take(&mut t.constants);
        self.entry_checks.append(&mut t.entry_checks);
        t.b.seal_all_blocks();
        t.b.finalize(self.module.target_config());

        if self.dump != Dump::Off {
            eprintln!(
                "; krait JIT: {} (code {index}){}\n{}",
                code.qualname,
                if options.speculate { "" } else { ", baseline" },
                self.ctx.func.display()
            );
        }
        self.ctx.set_disasm(self.dump == Dump::Asm);
        // The translation only appends, so every instruction made is in the layout.
        self.ir_insts = self.ctx.func.dfg.num_insts() as u32;
        self.module
            .define_function(id, &mut self.ctx)
            .map_err(|e| format!("{e:?}"))?;
        if let Some(asm) = self.ctx.compiled_code().and_then(|c| c.vcode.as_ref()) {
            eprintln!("; machine code of {}\n{asm}", code.qualname);
        }
        let code_bytes = self
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
        Ok(Compiled {
            func,
            entries: an.entries.clone().into_boxed_slice(),
            entry_types: an
                .entries
                .iter()
                .map(|&e| entry_types.remove(&(e as usize)))
                .collect(),
            code_bytes,
            constants,
        })
    }
}

/// The signatures of the helpers compiled code calls (in `helpers::call_conv`), by
/// their number of `i64` parameters (all return an `i64`), and the two signatures in
/// the target's C convention: compiled code's own and `helpers::pow_float`'s.
struct Sigs {
    /// `helpers::safepoint`.
    args1: SigRef,
    /// `helpers::step`, `helpers::call`, `helpers::list_append`, `helpers::dict_get`,
    /// `helpers::dict_contains`, `helpers::str_compare`.
    args2: SigRef,
    /// `helpers::truthy`, `helpers::finish_call`, `helpers::dict_set`.
    args3: SigRef,
    /// `helpers::int_binary`.
    args4: SigRef,
    /// Compiled code itself (`CompiledFn`).
    compiled: SigRef,
    /// `helpers::pow_float`.
    pow_float: SigRef,
}

fn signature(call_conv: CallConv, nparams: usize) -> Signature {
    let mut sig = Signature::new(call_conv);
    sig.params.extend((0..nparams).map(|_| AbiParam::new(I64)));
    sig.returns.push(AbiParam::new(I64));
    sig
}

/// How a register's value is held: which variable, and how it boxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Rep {
    Boxed,
    Int,
    Float,
}

fn rep(t: Ty) -> Rep {
    match t {
        Ty::Int | Ty::Wrapped => Rep::Int,
        Ty::Float => Rep::Float,
        _ => Rep::Boxed,
    }
}

/// The loop-invariant state of a range iterator in a register (see
/// [`Translator::range_has_more`]).
#[derive(Clone, Copy)]
struct RangeVars {
    /// `stop ^ dir`: `stop`, or `-stop - 1` when counting down.
    bound: Variable,
    /// 0 when counting up, -1 when counting down.
    dir: Variable,
    step: Variable,
    /// The iterator's position, where a loop keeps it in a variable
    /// (`Translator::range_pos`).
    next: Variable,
}

/// What identifies an exit block: its status, and the registers it writes back with
/// their representations.
type ExitKey = (u64, Vec<(Reg, Rep)>);

/// An edge block (see `Translator::edge`) waiting for the branch to it.
struct PendingEdge {
    block: Block,
    target: usize,
    /// The registers whose type changes on the edge: from, to.
    changes: Vec<(Reg, Ty, Ty)>,
    /// What entering the loop at `target` writes back.
    clean: Vec<Reg>,
    /// The types at the branch.
    cur: Vec<Ty>,
    /// What a failing header guard writes back.
    spill: RegSet,
    /// Whether the edge enters a loop with hoisted sequences (`Translator::hoisted`).
    hoist: bool,
}

/// Emits the IR of one code object.
struct Translator<'a> {
    b: FunctionBuilder<'a>,
    cx: &'a Context<'a>,
    an: &'a Analysis,
    env: &'a Env<'a>,
    options: Options,
    vm: IrValue,
    base: IrValue,
    /// The address of R[0], computed once at the function's start: the register
    /// stack never moves (`RegStack`), whatever the helpers called do.
    regs: IrValue,
    boxed: Vec<Variable>,
    ints: Vec<Variable>,
    /// Per register: the payload of its boxed value (see [`Self::set_boxed`]).
    ptrs: Vec<Variable>,
    floats: Vec<Variable>,
    /// For a register of type `RangeIter` that an innermost loop iterates over
    /// (`range_pos`): its iterator's stop and step, which never change, read once
    /// where the register gets that type (so outside the loop), in the form
    /// [`Translator::range_has_more`] uses.
    range_vars: Vec<RangeVars>,
    /// Loops whose loop-invariant lists and tuples have their items' address and
    /// length read once, where the loop is entered, instead of at every indexing
    /// (see [`Translator::plan_seq_hoisting`]): each loop's region and registers.
    hoisted: Vec<((u32, u32), Vec<Reg>)>,
    /// Per register hoisted somewhere: the variables holding its items' address and
    /// length.
    seq_vars: Vec<Option<(Variable, Variable)>>,
    /// Per register: whether it is the range iterator of a hoisting loop, whose
    /// position that loop keeps in `RangeVars::next` (written to the iterator as
    /// well, so exits need not, and read again after every call).
    range_pos: Vec<bool>,
    /// Whether an instruction is being emitted (`pc` and `cur` are its): only then
    /// does a helper call read the hoisted lists again. Entry blocks and the start's
    /// GC poll, emitted outside, define them themselves or run no Python code.
    in_instruction: bool,
    /// The block starting at each reachable leader pc.
    blocks: Vec<Option<Block>>,
    /// The types of the registers at the point being emitted.
    cur: Vec<Ty>,
    /// The registers whose frame slots may be out of date at the start of the
    /// instruction being emitted (see `Analysis::block_dirty`).
    dirty: RegSet,
    /// The instruction being emitted.
    pc: usize,
    /// The end of the run of instructions counted so far (`Options::count`).
    counted_to: usize,
    /// Exit blocks, shared by exits with the same status and spilled representations.
    exits: HashMap<ExitKey, Block>,
    /// Edge blocks to fill once the branch being made is emitted.
    pending_edges: Vec<PendingEdge>,
    /// Per pc: whether its code may allocate or run Python code (a helper call), so a
    /// loop around it needs a GC poll, and so does the function's start.
    may_collect: Vec<bool>,
    /// The block between a function's start and its first instruction, where the GC
    /// poll of a function entry goes if its code may collect (`fill_entry_poll`).
    entry_poll: Option<Block>,
    /// See [`Compiled::constants`].
    constants: Vec<Value>,
    /// The tables of entry type checks the code points at (see
    /// [`Backend::entry_checks`]; boxed for the same reason).
    #[allow(clippy::vec_box)]
    entry_checks: Vec<Box<helpers::EntryChecks>>,
    /// The types entries other than pc 0 speculate on, by entry pc, for their callers
    /// to check (see [`Compiled::entry_types`]).
    entry_types: HashMap<usize, EntryTypes>,
    sigs: Sigs,
    /// This code itself, for a recursive call (see `inline_call`).
    self_ref: Option<FuncRef>,
}

impl<'a> Translator<'a> {
    fn new(
        mut b: FunctionBuilder<'a>,
        cx: &'a Context<'a>,
        an: &'a Analysis,
        env: &'a Env<'a>,
        options: Options,
        call_conv: CallConv,
    ) -> Self {
        let hc = helpers::call_conv(call_conv);
        let sigs = Sigs {
            args1: b.import_signature(signature(hc, 1)),
            args2: b.import_signature(signature(hc, 2)),
            args3: b.import_signature(signature(hc, 3)),
            args4: b.import_signature(signature(hc, 4)),
            compiled: b.import_signature(signature(call_conv, 3)),
            pow_float: b.import_signature(signature(call_conv, 2)),
        };
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let (vm, base) = (params[0], params[1]);
        let base_bytes = b.ins().ishl_imm_s(base, 3);
        let stack = b.ins().load(I64, Self::flags(), vm, offsets::STACK);
        let regs = b.ins().iadd(stack, base_bytes);
        let n = an.nregs;
        let boxed = (0..n).map(|_| b.declare_var(I64)).collect();
        let ints = (0..n).map(|_| b.declare_var(I64)).collect();
        let ptrs = (0..n).map(|_| b.declare_var(I64)).collect();
        let floats = (0..n).map(|_| b.declare_var(F64)).collect();
        let range_vars = (0..n)
            .map(|_| RangeVars {
                bound: b.declare_var(I64),
                dir: b.declare_var(I64),
                step: b.declare_var(I64),
                next: b.declare_var(I64),
            })
            .collect();
        Translator {
            b,
            cx,
            an,
            env,
            options,
            vm,
            base,
            regs,
            boxed,
            ints,
            ptrs,
            floats,
            range_vars,
            hoisted: Vec::new(),
            seq_vars: vec![None; n],
            range_pos: vec![false; n],
            in_instruction: false,
            blocks: Vec::new(),
            cur: vec![Ty::Any; n],
            dirty: RegSet::new(n),
            pc: 0,
            counted_to: 0,
            exits: HashMap::new(),
            pending_edges: Vec::new(),
            may_collect: vec![false; cx.code.instrs.len()],
            entry_poll: None,
            constants: Vec::new(),
            entry_checks: Vec::new(),
            entry_types: HashMap::new(),
            sigs,
            self_ref: None,
        }
    }

    fn flags() -> MemFlagsData {
        MemFlagsData::trusted()
    }

    fn code(&self) -> &'a CodeObject {
        self.cx.code
    }

    fn site(&self) -> SiteFeedback {
        self.site_at(self.pc)
    }

    /// The feedback of the instruction at `pc`.
    fn site_at(&self, pc: usize) -> SiteFeedback {
        let despecialized =
            !self.cx.speculate || self.cx.despecialized.contains(&Site::Instr(pc as u32));
        SiteFeedback {
            feedback: if despecialized {
                0
            } else {
                self.code().feedback[pc].get()
            },
            despecialized,
        }
    }

    /// Ors `bits` into the current instruction's feedback, at sites that have none
    /// yet (code compiled before they ran): the inline paths of polymorphic sites
    /// record what they see, as the interpreter would, for the next compilation.
    fn record(&mut self, bits: u16) {
        let slot = &self.code().feedback[self.pc];
        if self.options.speculate && slot.get() != 0 {
            return;
        }
        let addr = self
            .b
            .ins()
            .iconst(I64, slot as *const std::cell::Cell<u16> as i64);
        let old = self.b.ins().uload16(I64, Self::flags(), addr, 0);
        let new = self.b.ins().bor_imm_s(old, bits as i64);
        self.b.ins().istore16(Self::flags(), new, addr, 0);
        if self.options.speculate && self.options.tier_up {
            // The first feedback here: compile again soon, once the code around
            // has run a few times too.
            let c = self
                .b
                .ins()
                .load(I64, Self::flags(), self.vm, offsets::TIER_UP_COUNTDOWN);
            let soon = self.b.ins().iconst(I64, super::TIER_UP_FED_BACK_EDGES);
            let sooner = self.b.ins().smin(c, soon);
            let first = self.b.ins().icmp_imm_s(IntCC::Equal, old, 0);
            let c = self.b.ins().select(first, sooner, c);
            self.b
                .ins()
                .store(Self::flags(), c, self.vm, offsets::TIER_UP_COUNTDOWN);
        }
    }

    // ----- the frame -----

    fn frame_load(&mut self, r: Reg) -> IrValue {
        let regs = self.regs;
        self.b.ins().load(I64, Self::flags(), regs, r as i32 * 8)
    }

    fn frame_store(&mut self, r: Reg, v: IrValue) {
        let regs = self.regs;
        self.b.ins().store(Self::flags(), v, regs, r as i32 * 8);
    }

    /// Writes the boxed values of `regs` into the frame.
    fn spill(&mut self, regs: impl IntoIterator<Item = Reg>) {
        for r in regs {
            let v = self.boxed(r);
            self.frame_store(r, v);
        }
    }

    // ----- registers in SSA form -----

    /// The boxed word of register `r`.
    fn boxed(&mut self, r: Reg) -> IrValue {
        match self.cur[r as usize] {
            Ty::Wrapped => {
                unreachable!("a wrapped int is read by its mask before anything boxes it")
            }
            Ty::Int => {
                let i = self.b.use_var(self.ints[r as usize]);
                self.tag_int(i)
            }
            Ty::Float => {
                let f = self.b.use_var(self.floats[r as usize]);
                self.box_float(f)
            }
            _ => self.b.use_var(self.boxed[r as usize]),
        }
    }

    /// The object address of register `r`, whose type is a heap type (see
    /// [`Self::set_boxed`]).
    fn ptr(&mut self, r: Reg) -> IrValue {
        debug_assert!(matches!(
            self.cur[r as usize],
            Ty::List | Ty::Tuple | Ty::Str | Ty::Dict | Ty::SeqIter | Ty::RangeIter
        ));
        self.b.use_var(self.ptrs[r as usize])
    }

    /// The unboxed int of register `r`, whose type is `Int`.
    fn int(&mut self, r: Reg) -> IrValue {
        debug_assert_eq!(self.cur[r as usize], Ty::Int);
        self.b.use_var(self.ints[r as usize])
    }

    /// The unboxed float of register `r`, whose type is `Float`.
    fn float(&mut self, r: Reg) -> IrValue {
        debug_assert_eq!(self.cur[r as usize], Ty::Float);
        self.b.use_var(self.floats[r as usize])
    }

    fn set_boxed(&mut self, r: Reg, v: IrValue, t: Ty) {
        debug_assert_eq!(rep(t), Rep::Boxed);
        self.b.def_var(self.boxed[r as usize], v);
        self.cur[r as usize] = t;
        // For a heap object, its address beside the boxed value, which a loop then
        // reads in a register rather than masking the boxed value every iteration
        // (Cranelift recomputes a mask with a constant where it is used). Every way
        // a register gets an object type passes here (a guard, an edge into a loop
        // header, an entry, a move), so wherever the type holds, the variable holds
        // that object's address (`ptr` reads it only then).
        if t.is_object() {
            let p = self.payload(v);
            self.b.def_var(self.ptrs[r as usize], p);
            if t == Ty::RangeIter && self.range_pos[r as usize] {
                // Likewise the bounds of an innermost loop's iterator (see
                // `for_iter`).
                self.load_range_vars(r, p);
            }
        }
    }

    /// Gives register `r` the value `c`, which never changes (a code constant, a
    /// global bound for good), as a constant of its type: unboxed if a small int or
    /// a float.
    fn set_constant(&mut self, r: Reg, c: Value) {
        if c.is_small_int() {
            let v = self.b.ins().iconst(I64, c.as_small_int());
            self.set_int(r, v);
        } else if c.is_float() {
            let v = self.b.ins().f64const(c.as_float());
            self.set_float(r, v);
        } else {
            let v = self.b.ins().iconst(I64, c.bits() as i64);
            self.set_boxed(r, v, Ty::of_value(c));
        }
    }

    fn set_int(&mut self, r: Reg, v: IrValue) {
        self.b.def_var(self.ints[r as usize], v);
        self.cur[r as usize] = Ty::Int;
    }

    fn set_float(&mut self, r: Reg, v: IrValue) {
        self.b.def_var(self.floats[r as usize], v);
        self.cur[r as usize] = Ty::Float;
    }

    /// Gives register `r` (holding boxed `v`) type `t`, unboxing it if `t` says so.
    fn set_typed(&mut self, r: Reg, v: IrValue, t: Ty) {
        match rep(t) {
            Rep::Int => {
                let i = self.untag_int(v);
                self.set_int(r, i)
            }
            Rep::Float => {
                let f = self.as_f64(v);
                self.set_float(r, f)
            }
            Rep::Boxed => self.set_boxed(r, v, t),
        }
    }

    // ----- boxing -----

    fn is_int(&mut self, v: IrValue) -> IrValue {
        let tag = self.b.ins().ushr_imm_s(v, TAG_SHIFT as i64);
        self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_INT as i64)
    }

    fn is_float(&mut self, v: IrValue) -> IrValue {
        self.b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThan, v, INT_TAG_BITS)
    }

    fn is_ptr(&mut self, v: IrValue) -> IrValue {
        let tag = self.b.ins().ushr_imm_s(v, TAG_SHIFT as i64);
        self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_PTR as i64)
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

    /// Whether an i64 fits in a small int's 48 bits.
    fn fits_small(&mut self, i: IrValue) -> IrValue {
        let round = self.untag_int(i);
        self.b.ins().icmp(IntCC::Equal, round, i)
    }

    fn tag_bool(&mut self, c: IrValue) -> IrValue {
        let wide = self.b.ins().uextend(I64, c);
        self.b.ins().bor_imm_s(wide, BOOL_TAG_BITS)
    }

    fn as_f64(&mut self, v: IrValue) -> IrValue {
        self.b.ins().bitcast(F64, MemFlagsData::new(), v)
    }

    /// Boxes a float, canonicalizing NaN as `Value::float` does.
    fn box_float(&mut self, f: IrValue) -> IrValue {
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), f);
        let nan = self.b.ins().fcmp(FloatCC::Unordered, f, f);
        let canonical = self.b.ins().iconst(I64, CANONICAL_NAN);
        self.b.ins().select(nan, canonical, bits)
    }

    /// The heap address in a pointer value.
    fn payload(&mut self, v: IrValue) -> IrValue {
        self.b.ins().band_imm_s(v, PAYLOAD_MASK)
    }

    /// Branches to `fail` unless the boxed `v` has type `t`; continues in a new block.
    fn check_type(&mut self, v: IrValue, t: Ty, fail: Block) {
        debug_assert_ne!(t, Ty::Wrapped, "no value is guarded to be a wrapped int");
        if let Some(c) = self.type_test(v, t) {
            self.continue_if(c, fail);
        }
    }

    /// Whether the boxed `v` has type `t` (`None` for `Any`): what the tag tells,
    /// and for objects the type in the object, with no branch. A value that is not
    /// a pointer has its "object type" read from the `Vm` instead (any readable
    /// memory would do, the test is false for it anyway), so that the whole test is
    /// one condition: a guard is one branch, and Cranelift ends a block at each.
    fn type_test(&mut self, v: IrValue, t: Ty) -> Option<IrValue> {
        match t {
            Ty::Int => return Some(self.is_int(v)),
            Ty::Float => return Some(self.is_float(v)),
            Ty::Bool => {
                let tag = self.b.ins().ushr_imm_s(v, TAG_SHIFT as i64);
                return Some(self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_BOOL as i64));
            }
            _ if !t.is_object() => return None,
            _ => {}
        }
        let l = super::layout::layout();
        let is_ptr = self.is_ptr(v);
        let p = self.payload(v);
        let p = self.b.ins().select(is_ptr, p, self.vm);
        let tag = self.b.ins().uload8(I64, Self::flags(), p, l.body_tag);
        let want = match t {
            Ty::Str => l.str_tag,
            Ty::List => l.list_tag,
            Ty::Tuple => l.tuple_tag,
            Ty::Dict => l.dict_tag,
            _ => l.iter_tag,
        };
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, tag, want as i64);
        let mut c = self.b.ins().band(is_ptr, same);
        if matches!(t, Ty::RangeIter | Ty::SeqIter) {
            // The iterator's kind, read whatever the object is (every object is an
            // `Obj`, with the field inside it).
            let state = self.b.ins().uload8(I64, Self::flags(), p, l.iter_state_tag);
            let want = if t == Ty::RangeIter {
                l.range_tag
            } else {
                l.seq_tag
            };
            let kind = self.b.ins().icmp_imm_s(IntCC::Equal, state, want as i64);
            c = self.b.ins().band(c, kind);
        }
        Some(c)
    }

    // ----- exits -----

    /// A cold block that spills `spill` (in the current representations) and returns
    /// `status`. Exits that spill the same way share one block.
    fn exit_block(&mut self, status: u64, spill: &RegSet) -> Block {
        let status = exit::with_overcount(status, self.overcount());
        let regs: Vec<(Reg, Rep)> = spill
            .iter()
            .map(|r| (r, rep(self.cur[r as usize])))
            .collect();
        let key = (status, regs);
        if let Some(&b) = self.exits.get(&key) {
            return b;
        }
        let block = self.b.create_block();
        self.b.set_cold_block(block);
        // Filled at the end (`fill_exits`): a block is finished before another starts.
        self.exits.insert(key, block);
        block
    }

    /// Fills the exit blocks, once every branch to them is made: each writes back its
    /// registers, in the representations they had where it was asked for, and returns
    /// its status.
    fn fill_exits(&mut self, masks: &mut exit::RawMasks) -> Result<(), String> {
        let mut exits: Vec<(ExitKey, Block)> = self.exits.drain().collect();
        // In the order they were made, so the code is the same from run to run.
        exits.sort_unstable_by_key(|&(_, block)| block);
        for ((status, regs), block) in exits {
            self.enter_sealed(block);
            for &(r, rep) in &regs {
                self.cur[r as usize] = match rep {
                    Rep::Int => Ty::Int,
                    Rep::Float => Ty::Float,
                    Rep::Boxed => Ty::Any,
                };
            }
            // Unboxed ints and floats of the low registers are written raw, and
            // `exit_of` boxes them (a return's frame is dropped, and the inline call
            // takes a return without `exit_of`: it spills nothing raw).
            let raw_ok = !matches!(exit::decode(status), exit::Exit::Return { .. });
            let mut raw = 0u64;
            for &(r, rep) in &regs {
                match rep {
                    Rep::Int if raw_ok && (r as u32) < exit::RAW_REGS => {
                        let i = self.b.use_var(self.ints[r as usize]);
                        self.frame_store(r, i);
                        raw |= 1 << r;
                    }
                    Rep::Float if raw_ok && (r as u32) < exit::RAW_REGS => {
                        let f = self.b.use_var(self.floats[r as usize]);
                        self.frame_store(r, f);
                        raw |= 1 << (exit::RAW_REGS + r as u32);
                    }
                    _ => self.spill([r]),
                }
            }
            let status = if raw == 0 {
                status
            } else {
                let index = masks
                    .intern(raw)
                    .ok_or("the JIT's table of exits' unboxed registers is full")?;
                exit::with_raw(status, index)
            };
            let v = self.b.ins().iconst(I64, status as i64);
            self.b.ins().return_(&[v]);
        }
        Ok(())
    }

    /// The exit to the interpreter at the current instruction, for `reason`.
    fn deopt_block(&mut self, reason: DeoptReason) -> Block {
        let spill = self.exit_spills(self.pc);
        self.exit_block(exit::deopt_at(self.pc as u32, reason), &spill)
    }

    /// Continues if `ok`, else deopts at the current instruction for `reason`.
    fn guard(&mut self, ok: IrValue, reason: DeoptReason) {
        let fail = self.deopt_block(reason);
        self.continue_if(ok, fail);
    }

    /// Continues in a new block if `ok`, else jumps to `fail`.
    pub(super) fn continue_if(&mut self, ok: IrValue, fail: Block) {
        let next = self.b.create_block();
        self.b.ins().brif(ok, next, &[], fail, &[]);
        self.enter_sealed(next);
    }

    /// Jumps to `fail` if `bad`, else continues in a new block.
    fn leave_if(&mut self, bad: IrValue, fail: Block) {
        let next = self.b.create_block();
        self.b.ins().brif(bad, fail, &[], next, &[]);
        self.enter_sealed(next);
    }

    /// Starts `block`, all of whose predecessors are made (most often just the branch
    /// before): sealed now, a variable read in it resolves through them at once,
    /// where an unsealed block gets a parameter per variable read that sealing
    /// removes again (blocks with predecessors still to come are sealed at the end).
    pub(super) fn enter_sealed(&mut self, block: Block) {
        self.b.switch_to_block(block);
        self.b.seal_block(block);
    }

    /// Guards that register `r` has type `t`, then gives it that type (unboxed).
    fn guard_reg(&mut self, r: Reg, t: Ty) {
        if self.cur[r as usize] == t || t == Ty::Any {
            return;
        }
        debug_assert_eq!(self.cur[r as usize], Ty::Any, "guarding a typed register");
        let v = self.boxed(r);
        let fail = self.deopt_block(DeoptReason::TypeGuard);
        self.check_type(v, t, fail);
        self.set_typed(r, v, t);
    }

    /// Guards the types of those of several registers whose type is not known yet
    /// (`guard_reg` of each) with one branch (see `type_test`): the operands of an
    /// instruction fail to the same exit. Registers of a known type are left as
    /// they are.
    fn guard_regs(&mut self, regs: &[(Reg, Ty)]) {
        let mut todo: Vec<(Reg, Ty)> = Vec::with_capacity(regs.len());
        for &(r, t) in regs {
            if self.cur[r as usize] == Ty::Any && t != Ty::Any && !todo.contains(&(r, t)) {
                todo.push((r, t));
            }
        }
        let distinct = todo
            .iter()
            .all(|&(r, _)| todo.iter().filter(|&&(q, _)| q == r).count() == 1);
        if todo.len() < 2 || !distinct {
            for (r, t) in todo {
                self.guard_reg(r, t);
            }
            return;
        }
        let mut all = None;
        for &(r, t) in &todo {
            let v = self.boxed(r);
            let c = self.type_test(v, t).expect("a type to test");
            all = Some(match all {
                None => c,
                Some(a) => self.b.ins().band(a, c),
            });
        }
        self.guard(all.expect("two or more"), DeoptReason::TypeGuard);
        for (r, t) in todo {
            let v = self.boxed(r);
            self.set_typed(r, v, t);
        }
    }

    /// Whether the calling code counts as specialized (`CodeObject::warm_up`), as it
    /// was when compiled: else a builtin it calls checks a C recursion level, as in
    /// CPython (`interp::c_levels`).
    fn code_is_warm(&self) -> bool {
        self.code().warmup.get() >= WARM
    }

    /// Whether the builtin called inline (`len`, `list.append`, `list.pop`,
    /// `dict.get`) could not raise RecursionError for its C level where it is
    /// called: true in code compiled warm; else the test that two more levels fit
    /// under the frame limit (which is at most the recursion limit less the levels
    /// held), so that the helper, which counts the level exactly, is needed only
    /// near the limit. `None` when there is nothing to test.
    pub(super) fn c_level_room(&mut self) -> Option<IrValue> {
        if self.code_is_warm() {
            return None;
        }
        let fl = &super::layout::layout().frames;
        let (flags, vm) = (Self::flags(), self.vm);
        let len = self.b.ins().load(I64, flags, vm, fl.frames_len);
        let limit = self.b.ins().load(I64, flags, vm, offsets::FRAME_LIMIT);
        let after = self.b.ins().iadd_imm_s(len, 2);
        Some(
            self.b
                .ins()
                .icmp(IntCC::UnsignedLessThanOrEqual, after, limit),
        )
    }

    /// [`Self::c_level_room`] as a guard: near the recursion limit the interpreter
    /// makes the call (a `DeepRecursion` exit, not a failed speculation).
    fn guard_c_level_room(&mut self) {
        if let Some(room) = self.c_level_room() {
            self.guard(room, DeoptReason::DeepRecursion);
        }
    }

    /// In mode `stress`: deopt at the current instruction every `STRESS_PERIOD`th time.
    fn stress(&mut self) {
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
        let fail = self.deopt_block(DeoptReason::StressGuard);
        self.leave_if(zero, fail);
    }

    // ----- helpers -----

    fn call(&mut self, sig: SigRef, f: usize, args: &[IrValue]) -> IrValue {
        let callee = self.b.ins().iconst(I64, f as i64);
        let call = self.b.ins().call_indirect(sig, callee, args);
        let result = self.b.inst_results(call)[0];
        // The helper may have run Python code that changed any list.
        self.reload_seq_vars();
        result
    }

    /// What must be written to the frame before a helper for the current
    /// instruction runs: what `Analysis::helper_spills` says must be there, if dirty.
    fn helper_spills(&self) -> RegSet {
        let mut set = self.an.helper_spills(self.cx, self.pc, &self.cur);
        set.intersect(&self.dirty);
        set
    }

    /// The live registers at `pc`'s start that are dirty here: what an exit to the
    /// interpreter at `pc` must write back.
    fn exit_spills(&self, pc: usize) -> RegSet {
        let mut set = self.an.live.live_in[pc].clone();
        set.intersect(&self.dirty);
        set
    }

    /// Calls a helper that may run Python code or collect garbage: spills first.
    fn call_helper(&mut self, sig: SigRef, f: usize, args: &[IrValue]) -> IrValue {
        self.may_collect[self.pc] = true;
        let spills = self.helper_spills();
        self.spill(spills.iter());
        self.call(sig, f, args)
    }

    /// Exits with the exception pending if `status` is `helpers::RAISED`.
    fn exit_if_raised(&mut self, status: IrValue, raised_code: u64) {
        let raised = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, status, raised_code as i64);
        let raise = self.exit_block(exit::raise_at(self.pc as u32), &RegSet::default());
        self.leave_if(raised, raise);
    }

    /// Runs the current instruction in the interpreter; returns its status (the
    /// raise exit is taken here). Afterwards the registers it wrote are reloaded.
    fn step(&mut self) -> IrValue {
        let pc = self.b.ins().iconst(I64, self.pc as i64);
        let vm = self.vm;
        let status = self.call_helper(
            self.sigs.args2,
            helpers::step as *const () as usize,
            &[vm, pc],
        );
        self.exit_if_raised(status, helpers::RAISED);
        self.reload_written();
        status
    }

    /// After the interpreter ran the current instruction: reloads the live registers
    /// it wrote (and those a call overwrote), typed as the analysis says.
    fn reload_written(&mut self) {
        let pc = self.pc;
        let instr = self.code().instrs[pc];
        let out = self.an.transfer(self.cx, pc, &self.cur);
        let mut written = analysis::defs(&instr);
        if let Some(from) = analysis::clobbered_from(&instr) {
            written.extend(from..self.an.nregs as Reg);
        }
        for r in written {
            if self.an.live.live_out[pc].contains(r) {
                let v = self.frame_load(r);
                let t = out.types[r as usize];
                debug_assert_eq!(rep(t), Rep::Boxed, "a helper result is boxed");
                self.set_boxed(r, v, t);
            } else {
                self.cur[r as usize] = Ty::Any;
            }
        }
    }

    // ----- control flow -----

    /// Adds `n` to the count of instructions run in compiled code (`--stats`).
    fn count_instructions(&mut self, n: usize) {
        if self.options.count && n > 0 {
            let c = self
                .b
                .ins()
                .load(I64, Self::flags(), self.vm, offsets::INSTRUCTIONS);
            let c1 = self.b.ins().iadd_imm_s(c, n as i64);
            self.b
                .ins()
                .store(Self::flags(), c1, self.vm, offsets::INSTRUCTIONS);
        }
    }

    /// The end of the straight run of instructions from `pc` that is counted at once:
    /// the next block start, the end of the region, or [`MAX_COUNTED_RUN`] on.
    fn counted_run_end(&self, pc: usize) -> usize {
        let n = self.code().instrs.len().min(pc + MAX_COUNTED_RUN);
        (pc + 1..n)
            .find(|&e| self.an.leader[e] || !self.cx.in_region(e))
            .unwrap_or(n)
    }

    /// Instructions counted ahead that an exit from the current one skips (see
    /// [`exit::with_overcount`]).
    fn overcount(&self) -> usize {
        if self.options.count {
            self.counted_to.saturating_sub(self.pc + 1)
        } else {
            0
        }
    }

    /// The block to branch to for going from the current point (types `self.cur`) to
    /// the block at `target`: the block itself, or an edge block that first brings
    /// the registers to the representations the target expects (boxing, or, into a
    /// loop header, guarding and unboxing what the header speculates on).
    fn edge(&mut self, target: usize) -> Block {
        if !self.cx.in_region(target) {
            // Out of a loop compiled on its own: the interpreter goes on.
            let spill = self.exit_spills(target);
            return self.exit_block(exit::deopt_at(target as u32, DeoptReason::LoopExit), &spill);
        }
        let to = self.an.block_types[target]
            .as_ref()
            .expect("a reachable target");
        let dest = self.blocks[target].expect("a block at every reachable leader");
        let live = &self.an.live.live_in[target];
        let changes: Vec<(Reg, Ty, Ty)> = live
            .iter()
            .filter_map(|r| {
                let (from, to) = (self.cur[r as usize], to[r as usize]);
                (from != to).then_some((r, from, to))
            })
            .collect();
        // Entering a loop: what it never changes is written back once, here.
        let clean: Vec<Reg> = match self.an.clean_on_entry(self.pc, target) {
            Some(set) => set.iter().filter(|&r| self.dirty.contains(r)).collect(),
            None => Vec::new(),
        };
        // Entering a loop with hoisted sequences: their items are read here, or in
        // the edge block once it has typed them.
        let mut hoist = false;
        if target > self.pc {
            if let Some(regs) = self.hoisted_at_header(target) {
                if regs.iter().all(|&r| self.cur[r as usize] == to[r as usize]) {
                    self.load_seq_vars(&regs);
                } else {
                    hoist = true;
                }
            }
        }
        if changes.is_empty() && clean.is_empty() && !hoist {
            return dest;
        }
        let block = self.b.create_block();
        // Filled once the branch to it is made (`fill_edges`).
        self.pending_edges.push(PendingEdge {
            block,
            target,
            changes,
            clean,
            cur: self.cur.clone(),
            spill: self.exit_spills(target),
            hoist,
        });
        block
    }

    /// Fills the edge blocks `edge` made for the branch just emitted: writes back
    /// what the loop entered never changes, guards and unboxes what the target
    /// speculates on, and jumps there.
    pub(super) fn fill_edges(&mut self) {
        let edges = std::mem::take(&mut self.pending_edges);
        for e in edges {
            self.enter_sealed(e.block);
            let saved = std::mem::replace(&mut self.cur, e.cur);
            self.spill(e.clean);
            for &(r, from, to) in &e.changes {
                if to == Ty::Any {
                    continue;
                }
                // Into a loop header that speculates on `r`: guard the type.
                debug_assert_eq!(from, Ty::Any, "types merge only through Any");
                let v = self.boxed(r);
                let fail = self.exit_block(exit::header_guard_at(e.target as u32, r), &e.spill);
                self.check_type(v, to, fail);
            }
            for &(r, _, to) in &e.changes {
                let v = self.boxed(r);
                self.set_typed(r, v, to);
            }
            if e.hoist {
                let regs = self.hoisted_at_header(e.target).unwrap_or_default();
                self.load_seq_vars(&regs);
            }
            let dest = self.blocks[e.target].expect("a block at every reachable leader");
            self.b.ins().jump(dest, &[]);
            self.cur = saved;
        }
    }

    fn jump(&mut self, target: usize) {
        let block = self.edge(target);
        self.b.ins().jump(block, &[]);
        self.fill_edges();
    }

    /// Branches on `cond` to `then_pc` or `else_pc`.
    fn branch(&mut self, cond: IrValue, then_pc: usize, else_pc: usize) {
        let t = self.edge(then_pc);
        let e = self.edge(else_pc);
        self.b.ins().brif(cond, t, &[], e, &[]);
        self.fill_edges();
    }

    /// Fills `block`, the entry block for entry pc `e`: checks the types a loop
    /// header speculates on, then loads its live registers from the frame. An entry
    /// other than pc 0 is entered only from Rust (`jit::enter`), which checks the
    /// types before it calls (inline guards, each with its exit block, were a sixth
    /// of all IR; a helper call here, with its status test and exit, 2.5% of the IR
    /// and 5% of the blocks); pc 0, which compiled callers enter directly, checks
    /// them in one helper call.
    fn entry_block(&mut self, e: usize, block: Block) {
        self.enter_sealed(block);
        let types = self.an.block_types[e]
            .clone()
            .expect("entries are reachable");
        let live = self.an.live.live_in[e].clone();
        let checks: Box<[(Reg, Ty)]> = live
            .iter()
            .map(|r| (r, types[r as usize]))
            .filter(|&(_, t)| t != Ty::Any)
            .collect();
        if !checks.is_empty() && e != 0 {
            self.entry_types.insert(e, checks.into());
        } else if !checks.is_empty() {
            let checks = Box::new(helpers::EntryChecks {
                pc: e as u32,
                regs: checks,
            });
            let at = self.b.ins().iconst(I64, &*checks as *const _ as i64);
            self.entry_checks.push(checks);
            let regs = self.regs;
            let f = helpers::check_entry as *const () as usize;
            let status = self.call(self.sigs.args2, f, &[regs, at]);
            let (fail, ok) = (self.b.create_block(), self.b.create_block());
            self.b.set_cold_block(fail);
            self.b.ins().brif(status, fail, &[], ok, &[]);
            self.enter_sealed(fail);
            self.b.ins().return_(&[status]);
            self.enter_sealed(ok);
        }
        if e == 0 && self.cx.region.is_none() && self.options.tier_up {
            // A function is compiled again on its calls too (one without loops
            // has no back-edge to count): sites that had no feedback when it was
            // compiled may have some now.
            self.count_down_to_tier_up(0);
        }
        self.cur = vec![Ty::Any; self.an.nregs];
        for r in live.iter() {
            let v = self.frame_load(r);
            self.set_boxed(r, v, Ty::Any);
            self.set_typed(r, v, types[r as usize]);
        }
        let around = self.hoisted_around(e);
        self.load_seq_vars(&around);
        let dest = self.blocks[e].expect("entries have blocks");
        if e == 0 && self.cx.region.is_none() && self.options.speculate {
            // Whether the start polls the GC is known once the code is translated.
            // (Code compiled without feedback is never called directly, see
            // `Jit::entry0`: its callers, the interpreter and the call helper, have
            // polled as they pushed its frame.)
            let poll = self.b.create_block();
            self.b.ins().jump(poll, &[]);
            self.entry_poll = Some(poll);
        } else {
            self.b.ins().jump(dest, &[]);
        }
    }

    /// Fills the block after a function's start (see `entry_block`): a GC poll if
    /// anything in the function may allocate, so that recursion through it cannot
    /// allocate without bound between polls (a loop polls at its back-edge, a
    /// builtin called through `helpers::call` after it returns). Every live value
    /// was just loaded from the frame. A function that allocates nothing, such as
    /// `fib`, polls nowhere: its calls of compiled functions do not poll either.
    fn fill_entry_poll(&mut self) {
        let Some(block) = self.entry_poll.take() else {
            return;
        };
        self.enter_sealed(block);
        if self.may_collect.iter().any(|&m| m) {
            self.poll_safepoint_spilled();
        }
        let dest = self.blocks[0].expect("entries have blocks");
        self.b.ins().jump(dest, &[]);
    }

    fn translate(&mut self) {
        let code = self.code();
        let n = code.instrs.len();
        self.blocks = (0..n)
            .map(|pc| {
                (self.an.leader[pc] && self.an.block_types[pc].is_some())
                    .then(|| self.b.create_block())
            })
            .collect();

        self.plan_seq_hoisting();
        // Entry dispatch: jump to the entry block of `entry_pc`.
        let start = self.b.current_block().expect("the function's entry");
        let entry_pc = self.b.block_params(start)[2];
        // From `start`, a chain of tests of `entry_pc`.
        let entries = self.an.entries.clone();
        let targets: Vec<Block> = entries.iter().map(|_| self.b.create_block()).collect();
        for (&e, &target) in entries.iter().zip(&targets) {
            let hit = self.b.ins().icmp_imm_s(IntCC::Equal, entry_pc, e as i64);
            let next = self.b.create_block();
            self.b.ins().brif(hit, target, &[], next, &[]);
            self.enter_sealed(next);
        }
        // Not an entry: let the interpreter run from there.
        let status = self.b.ins().iconst(
            I64,
            exit::encode(exit::ExitKind::Deopt, 0, DeoptReason::NoEntry as u8) as i64,
        );
        let status = self.b.ins().bor(status, entry_pc);
        self.b.ins().return_(&[status]);
        // The entry blocks, once the dispatch is complete (a block is filled before
        // the next one is started).
        for (&e, &target) in entries.iter().zip(&targets) {
            self.entry_block(e as usize, target);
        }

        let mut open = false;
        for pc in 0..n {
            if open && !self.cx.in_region(pc) {
                // Falling out of a loop region.
                self.pc = pc - 1;
                self.jump(pc);
                open = false;
                continue;
            }
            if let Some(block) = self.blocks[pc] {
                if open {
                    self.pc = pc - 1;
                    self.jump(pc);
                }
                self.b.switch_to_block(block);
                self.cur = self.an.block_types[pc].clone().expect("reachable");
                self.dirty = self.an.block_dirty[pc].clone().expect("reachable");
            } else if !open || self.an.leader[pc] {
                // Not reachable in compiled code (an exception handler's code).
                open = false;
                continue;
            }
            self.pc = pc;
            // The IR dump shows each instruction's pc (`@0012`).
            self.b
                .set_srcloc(cranelift_codegen::ir::SourceLoc::new(pc as u32));
            // `--stats` counts each straight run of instructions once, where it
            // starts; an exit inside the run says how many it did not run.
            if self.options.count && (self.an.leader[pc] || pc >= self.counted_to) {
                let end = self.counted_run_end(pc);
                self.count_instructions(end - pc);
                self.counted_to = end;
            }
            self.in_instruction = true;
            open = self.instruction(pc, code.instrs[pc]);
            self.in_instruction = false;
        }
        if open {
            // Every code object ends in Return; this keeps the IR well-formed anyway.
            let exit = self.exit_block(
                exit::deopt_at(n as u32, DeoptReason::NoEntry),
                &RegSet::default(),
            );
            self.b.ins().jump(exit, &[]);
        }
    }

    /// Emits one instruction; returns whether control falls through to the next.
    fn instruction(&mut self, pc: usize, instr: Instr) -> bool {
        use Instr::*;
        let out = self.an.transfer(self.cx, pc, &self.cur);
        let dirty_after = self
            .an
            .dirty_after(self.cx, pc, &self.cur, out.plan, &self.dirty);
        let falls = match (out.plan, instr) {
            (_, Move { dst, src }) => {
                self.emit_move_typed(dst, src);
                true
            }
            (_, LoadConst { dst, k }) => {
                // Constants are GC roots for the whole run, so their bits are stable.
                let c = self.code().consts[k as usize];
                self.set_constant(dst, c);
                true
            }
            (_, LoadInt { dst, value }) => {
                let v = self.b.ins().iconst(I64, value as i64);
                self.set_int(dst, v);
                true
            }
            (_, Nop) => true,
            (_, Jump { target }) => {
                if target as usize <= pc {
                    self.back_edge(target as usize);
                }
                self.jump(target as usize);
                false
            }
            (_, Return { src }) => {
                let v = self.boxed(src);
                self.b
                    .ins()
                    .store(Self::flags(), v, self.vm, offsets::RETURN_VALUE);
                let status = self.b.ins().iconst(I64, exit::return_at(pc as u32) as i64);
                self.b.ins().return_(&[status]);
                false
            }
            (_, YieldFrom { .. }) => {
                // One step of the delegation, by the interpreter; a value the delegate
                // yields leaves through a `Yield` exit, which suspends the generator
                // here (the registers live here written back, for the resumption).
                let status = self.step();
                let yielded =
                    self.b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, status, helpers::YIELDED as i64);
                let spill = self.exit_spills(pc);
                let exit = self.exit_block(exit::yield_at(pc as u32), &spill);
                self.leave_if(yielded, exit);
                true
            }
            (_, Yield { .. }) => {
                let exit = self.deopt_block(DeoptReason::Yield);
                self.b.ins().jump(exit, &[]);
                false
            }
            (_, Raise { .. } | RaiseAssert { .. }) => {
                // The interpreter raises; the step never completes normally.
                self.step();
                let exit = self.exit_block(exit::raise_at(pc as u32), &RegSet::default());
                self.b.ins().jump(exit, &[]);
                false
            }
            _ => self.emit(pc, instr, &out),
        };
        if falls {
            self.cur = out.types;
            self.dirty = dirty_after;
        }
        falls
    }

    /// A loop back-edge to `header`: the GC poll (unless nothing in the loop can
    /// allocate), and with `Options::tier_up` the countdown to recompiling with
    /// feedback.
    fn back_edge(&mut self, header: usize) {
        if self.may_collect[header..=self.pc].iter().any(|&m| m) {
            self.poll_safepoint();
        }
        if !self.code().is_quiet_back_edge(self.pc) {
            self.warm_up(self.code());
        }
        if self.options.tier_up {
            self.count_down_to_tier_up(header);
        }
    }

    /// Counts an entry or back-edge of `code` as the interpreter does
    /// (`CodeObject::warm_up`), where `code` had fewer than `WARM` of them when this
    /// was compiled (in mode `on`, code compiles long after).
    pub(super) fn warm_up(&mut self, code: &CodeObject) {
        if code.warmup.get() >= WARM {
            return;
        }
        // The code objects never move or change while the program runs: the cell's
        // address is a constant, written as compiled code writes feedback.
        let addr = self
            .b
            .ins()
            .iconst(I64, &code.warmup as *const std::cell::Cell<u8> as i64);
        let old = self.b.ins().uload8(I64, Self::flags(), addr, 0);
        let new = self.b.ins().iadd_imm_s(old, 1);
        let cap = self.b.ins().iconst(I64, WARM as i64);
        let new = self.b.ins().umin(new, cap);
        self.b.ins().istore8(Self::flags(), new, addr, 0);
    }

    /// Counts down `JitContext::tier_up_countdown`, and at zero exits at `pc` to be
    /// compiled again (`DeoptReason::TierUp`).
    fn count_down_to_tier_up(&mut self, pc: usize) {
        let c = self
            .b
            .ins()
            .load(I64, Self::flags(), self.vm, offsets::TIER_UP_COUNTDOWN);
        let c1 = self.b.ins().iadd_imm_s(c, -1);
        self.b
            .ins()
            .store(Self::flags(), c1, self.vm, offsets::TIER_UP_COUNTDOWN);
        let due = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, c1, 0);
        let spill = self.exit_spills(pc);
        let exit = self.exit_block(exit::deopt_at(pc as u32, DeoptReason::TierUp), &spill);
        self.leave_if(due, exit);
    }

    /// The GC poll of a loop back-edge: calls the safepoint helper only when the heap
    /// wants a collection, with every live pointer in the frame.
    fn poll_safepoint(&mut self) {
        let pointers: Vec<Reg> = self.an.live.live_out[self.pc]
            .iter()
            .filter(|&r| self.cur[r as usize].may_be_pointer() && self.dirty.contains(r))
            .collect();
        self.poll(pointers);
    }

    /// A GC poll where every live pointer is in the frame already.
    fn poll_safepoint_spilled(&mut self) {
        self.poll(Vec::new());
    }

    /// Calls the safepoint helper if the heap wants a collection, spilling `spill`
    /// first.
    fn poll(&mut self, spill: Vec<Reg>) {
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
        self.enter_sealed(collect);
        self.spill(spill);
        let f = helpers::safepoint as *const () as usize;
        let (sig, vm) = (self.sigs.args1, self.vm);
        self.call(sig, f, &[vm]);
        self.b.ins().jump(done, &[]);
        self.enter_sealed(done);
    }

    /// Emits an instruction that is not a move, constant or exit.
    fn emit(&mut self, pc: usize, instr: Instr, out: &analysis::Out) -> bool {
        use Instr::*;
        match (out.plan, instr) {
            (Plan::Num(n), BranchCompare { a, b, op, target }) => {
                self.branch_compare(n, a, b, op, target as usize);
                false
            }
            (Plan::Num(n), _) if matches!(instr, Neg { .. }) => {
                let Neg { dst, src } = instr else {
                    unreachable!()
                };
                self.negate(n, dst, src);
                true
            }
            (Plan::Num(n), _) => {
                self.number(n, instr);
                true
            }
            (Plan::Wrap, _) => {
                self.wrapping(instr);
                true
            }
            (Plan::Iter(it), ForIter { dst, iter, target }) => {
                self.for_iter(it, dst, iter, target as usize, out);
                false
            }
            (Plan::Item(item), GetItem { dst, obj, key }) => {
                self.get_item(item, dst, obj, key);
                true
            }
            (Plan::Item(item), SetItem { obj, key, src }) => {
                self.set_item(item, obj, key, src);
                true
            }
            (Plan::Append, CallMethod { dst, recv, .. }) => {
                self.guard_c_level_room();
                self.append(recv, recv + 1);
                let none = self.b.ins().iconst(I64, Value::NONE.bits() as i64);
                self.set_boxed(dst, none, Ty::Any);
                true
            }
            (Plan::Append, ListAppend { list, src }) => {
                self.append(list, src);
                true
            }
            (Plan::ListPop, CallMethod { dst, recv, .. }) => {
                self.guard_c_level_room();
                self.list_pop(dst, recv);
                true
            }
            (
                Plan::DictGet,
                CallMethod {
                    dst, recv, argc, ..
                },
            ) => {
                self.guard_c_level_room();
                self.dict_get_method(dst, recv, argc);
                true
            }
            (Plan::Unpack(kind), UnpackSeq { dst, src, count }) => {
                self.unpack(kind, dst, src, count);
                true
            }
            (Plan::ContainsDict, In { dst, a, b }) => {
                self.contains_dict(dst, a, b, false);
                true
            }
            (Plan::ContainsDict, NotIn { dst, a, b }) => {
                self.contains_dict(dst, a, b, true);
                true
            }
            (_, JumpIfFalse { cond, target }) => {
                let t = self.truthy(cond);
                self.branch(t, pc + 1, target as usize);
                false
            }
            (_, JumpIfTrue { cond, target }) => {
                let t = self.truthy(cond);
                self.branch(t, target as usize, pc + 1);
                false
            }
            (_, Not { dst, src }) => {
                let t = self.truthy(src);
                let f = self.b.ins().bxor_imm_s(t, 1);
                let v = self.tag_bool(f);
                self.set_boxed(dst, v, Ty::Bool);
                true
            }
            (_, Is { dst, a, b } | IsNot { dst, a, b }) => {
                let (x, y) = (self.boxed(a), self.boxed(b));
                let cc = if matches!(instr, Is { .. }) {
                    IntCC::Equal
                } else {
                    IntCC::NotEqual
                };
                let c = self.b.ins().icmp(cc, x, y);
                let v = self.tag_bool(c);
                self.set_boxed(dst, v, Ty::Bool);
                true
            }
            (Plan::Inline, Pos { dst, src }) => {
                self.emit_move_typed(dst, src);
                true
            }
            (Plan::Inline, Invert { dst, src }) => {
                let x = self.int(src);
                let v = self.b.ins().bnot(x);
                self.set_int(dst, v);
                true
            }
            (_, LoadGlobal { dst, slot }) => {
                self.load_global(dst, slot);
                true
            }
            (_, StoreGlobal { slot, src }) => {
                let v = self.boxed(src);
                let globals = self.globals_table();
                self.b
                    .ins()
                    .store(Self::flags(), v, globals, slot as i32 * 8);
                true
            }
            (_, Call { dst, func, argc }) => {
                self.call_function(dst, func, argc);
                true
            }
            (_, CallMethod { .. } | GetAttr { .. } | SetAttr { .. }) => {
                self.object_op();
                true
            }
            _ => {
                self.step();
                true
            }
        }
    }

    /// The slow path of an inline instruction whose result goes to `R[dst]`: the
    /// interpreter runs the instruction (by `step`, or by `object_op` for method
    /// calls), then a jump to `done` with the result. The types of the fast path
    /// stay those of the code that follows.
    fn interpreter_path(&mut self, dst: Reg, done: Block, object_op: bool) {
        let saved = self.cur.clone();
        if object_op {
            self.object_op();
        } else {
            self.step();
        }
        let v = self.b.use_var(self.boxed[dst as usize]);
        self.b.ins().jump(done, &[v.into()]);
        self.cur = saved;
    }

    /// `CallMethod`, `GetAttr` or `SetAttr` by the interpreter's code for it, without
    /// its dispatch.
    fn object_op(&mut self) {
        let pc = self.b.ins().iconst(I64, self.pc as i64);
        let vm = self.vm;
        let f = helpers::object_op as *const () as usize;
        let status = self.call_helper(self.sigs.args2, f, &[vm, pc]);
        self.exit_if_raised(status, helpers::RAISED);
        self.reload_written();
    }

    /// `R[dst] := R[src]` in SSA form, in `src`'s representation.
    fn emit_move_typed(&mut self, dst: Reg, src: Reg) {
        match self.cur[src as usize] {
            Ty::Int => {
                let v = self.int(src);
                self.set_int(dst, v);
            }
            Ty::Float => {
                let v = self.float(src);
                self.set_float(dst, v);
            }
            t => {
                let v = self.b.use_var(self.boxed[src as usize]);
                self.set_boxed(dst, v, t);
            }
        }
    }
}
