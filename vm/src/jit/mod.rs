//! The Cranelift JIT: tiering, the compiled-code cache, entering compiled code.
//!
//! A code object compiles to one native function
//! `extern "C" fn(vm: *mut Vm, base: u64, entry_pc: u64) -> u64` that works on the
//! interpreter's register file (`vm.stack[base..]`) and has one entry per *entry pc*:
//! pc 0 and every loop header (the target of a backward `Jump`). Since the frame holds
//! all state at entries and exits, entering at a loop header in the middle of a call
//! (OSR) is just another entry, and leaving is returning a status word ([`exit`]) that
//! says where the interpreter continues.
//!
//! Tiering: mode `on` compiles a code object when it has been called `threshold` times
//! or one of its loops has taken `threshold` back-edges, specializing on the type
//! feedback the interpreter recorded meanwhile. Modes `eager` and `stress` compile at
//! the first call or loop entry, when there is no feedback yet: that *baseline* code
//! records feedback itself, and is compiled again with it ("tier-up") at its
//! [`TIER_UP_CALLS`]th call or after [`TIER_UP_BACK_EDGES`] loop iterations. A
//! speculation that fails [`DESPECIALIZE_AFTER`] times gets its code object compiled
//! again without it. `stress` also fails guards on purpose every [`STRESS_PERIOD`]th
//! evaluation, to exercise every deopt exit.
//!
//! Architecture invariant: the JIT never changes what a program does, only how fast:
//! an instruction is either compiled for the types a guard has checked, or executed
//! by the interpreter itself through [`helpers::step`].

mod analysis;
mod codegen;
pub mod exit;
pub mod helpers;
mod layout;
mod types;

pub use codegen::{opcode_table, strategy, Strategy};

use crate::bytecode::{CodeObject, Instr};
use crate::interp::error::Exc;
use crate::interp::Vm;
use crate::runtime::value::Value;
use analysis::Site;
use exit::{DeoptReason, Exit};
use std::collections::{HashMap, HashSet};
use std::time::Duration;

/// The execution modes (see `krait --help`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Off,
    On,
    Eager,
    Stress,
}

impl Mode {
    pub fn parse(name: &str) -> Option<Mode> {
        match name {
            "off" => Some(Mode::Off),
            "on" => Some(Mode::On),
            "eager" => Some(Mode::Eager),
            "stress" => Some(Mode::Stress),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Mode::Off => "off",
            Mode::On => "on",
            Mode::Eager => "eager",
            Mode::Stress => "stress",
        }
    }
}

/// Calls (or back-edges of one loop) before mode `on` compiles a code object.
pub const DEFAULT_THRESHOLD: u32 = 200;
/// In mode `stress`, every this-many-th guard evaluation fails.
pub const STRESS_PERIOD: i64 = 97;
/// Baseline code is compiled again with feedback at this call...
pub const TIER_UP_CALLS: u32 = 2;
/// ...or after this many loop back-edges in baseline code.
pub const TIER_UP_BACK_EDGES: i64 = 50;
/// Optimized code compiled before some of it ran checks for new feedback this often
/// (doubling each time it finds none, up to 2**10 times as long)...
pub const TIER_UP_IDLE_BACK_EDGES: i64 = 1000;
/// ...and this many back-edges after a site got its first feedback.
pub const TIER_UP_FED_BACK_EDGES: i64 = 10;
/// A speculation that fails this many times is compiled without.
pub const DESPECIALIZE_AFTER: u32 = 20;
/// Code compiled before parts of it ran is compiled again with their feedback at most
/// this many times.
pub const MAX_TIER_UPS: u32 = 8;
/// Frames deeper than this are not run by compiled code calling compiled code (each
/// such call uses the native stack); the interpreter runs those calls.
pub const NATIVE_FRAMES: usize = 20_000;

/// Words compiled code reads and writes at fixed offsets from the `Vm` pointer.
#[repr(C)]
pub struct JitContext {
    /// `vm.stack.as_mut_ptr()`, refreshed by every helper (the stack may move).
    pub stack: *mut Value,
    /// The exception a helper raised, for a `Raise` exit.
    pub exception: Value,
    /// Guard evaluations left before mode `stress` fails one.
    pub stress_countdown: i64,
    /// Bytecode instructions executed by compiled code (counted with `--stats`).
    pub instructions: u64,
    /// `vm.globals` and `vm.builtin_fallback` (fixed-size tables).
    pub globals: *const Value,
    pub builtin_fallback: *const Value,
    /// Back-edges baseline code takes before it exits to be compiled again.
    pub tier_up_countdown: i64,
    /// The value a `Return` exit returns.
    pub return_value: Value,
    /// Per code object, its optimized code entered at pc 0, or 0 (for inline calls).
    pub entry_table: *const usize,
    /// `vm.char_cache`: the one-character strs U+0000..U+00FF (never resized).
    pub char_cache: *const Value,
}

impl Default for JitContext {
    fn default() -> Self {
        JitContext {
            stack: std::ptr::null_mut(),
            exception: Value::NONE,
            stress_countdown: STRESS_PERIOD,
            instructions: 0,
            globals: std::ptr::null(),
            builtin_fallback: std::ptr::null(),
            tier_up_countdown: TIER_UP_BACK_EDGES,
            return_value: Value::NONE,
            entry_table: std::ptr::null(),
            char_cache: std::ptr::null(),
        }
    }
}

/// Offsets of the [`JitContext`] words from the `Vm` pointer.
pub(crate) mod offsets {
    use super::JitContext;
    use crate::interp::Vm;
    use std::mem::offset_of;

    pub const STACK: i32 = (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, stack)) as i32;
    pub const STRESS_COUNTDOWN: i32 =
        (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, stress_countdown)) as i32;
    pub const INSTRUCTIONS: i32 =
        (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, instructions)) as i32;
    pub const GLOBALS: i32 = (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, globals)) as i32;
    pub const BUILTIN_FALLBACK: i32 =
        (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, builtin_fallback)) as i32;
    pub const CHAR_CACHE: i32 =
        (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, char_cache)) as i32;
    pub const ENTRY_TABLE: i32 =
        (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, entry_table)) as i32;
    pub const RETURN_VALUE: i32 =
        (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, return_value)) as i32;
    pub const TIER_UP_COUNTDOWN: i32 =
        (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, tier_up_countdown)) as i32;
    pub const HEAP_ALLOCATED: i32 =
        (offset_of!(Vm, heap) + crate::runtime::heap::Heap::BYTES_ALLOCATED_OFFSET) as i32;
    pub const HEAP_NEXT_COLLECTION: i32 =
        (offset_of!(Vm, heap) + crate::runtime::heap::Heap::NEXT_COLLECTION_OFFSET) as i32;
}

/// How compiled code left a frame, as `execute` handles it.
pub enum JitExit {
    /// The frame returned this value.
    Return(Value),
    /// Continue interpreting at this pc.
    Deopt(usize),
    /// The instruction at this pc raised.
    Raise(usize, Exc),
}

/// A compiled code object's native entry point.
type CompiledFn = unsafe extern "C" fn(*mut Vm, u64, u64) -> u64;

enum Tier {
    /// Interpreted; counting calls and back-edges per loop header.
    Counting {
        calls: u32,
        loops: HashMap<u32, u32>,
    },
    Compiled {
        func: CompiledFn,
        /// Sorted entry pcs.
        entries: Box<[u32]>,
        /// Compiled without feedback (modes `eager` and `stress`), to be compiled
        /// again with it.
        baseline: bool,
        calls: u32,
    },
    /// To be compiled again at the next entry (a speculation was dropped).
    Stale,
    /// Cranelift refused the function (reported with KRAIT_JIT_DUMP=1).
    Failed,
}

/// JIT counters for `--stats`.
#[derive(Default, Debug, Clone)]
pub struct JitStats {
    pub functions_compiled: u64,
    pub loops_compiled: u64,
    /// Compilations of code objects compiled before (tier-ups, dropped speculations).
    pub recompilations: u64,
    /// Speculations dropped after failing too often.
    pub despecialized: u64,
    /// The time of every compilation.
    pub compile_times: Vec<Duration>,
    pub code_bytes: u64,
    pub deopts: [u64; DeoptReason::ALL.len()],
    pub entries: u64,
    /// Instructions compiled code left to the interpreter (through `helpers::step`),
    /// by opcode; counted with `--stats` only.
    pub stepped: Vec<(u64, Option<Instr>)>,
}

impl JitStats {
    /// The opcodes compiled code stepped most, most first.
    pub fn top_stepped(&self, n: usize) -> Vec<(String, u64)> {
        let mut v: Vec<(String, u64)> = self
            .stepped
            .iter()
            .filter_map(|&(c, i)| i.map(|i| (i.name(), c)))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(n);
        v
    }

    /// Counts a step of `instr` (for `--stats`).
    pub(crate) fn count_step(&mut self, instr: Instr) {
        if self.stepped.is_empty() {
            self.stepped = vec![(0, None); 256];
        }
        let slot = &mut self.stepped[instr.opcode() as usize];
        slot.0 += 1;
        slot.1 = Some(instr);
    }

    pub fn compile_time(&self) -> Duration {
        self.compile_times.iter().sum()
    }

    /// The median compilation time.
    pub fn median_compile_time(&self) -> Duration {
        let mut t = self.compile_times.clone();
        t.sort_unstable();
        t.get(t.len() / 2).copied().unwrap_or_default()
    }
}

/// Per code object: what it is, and what the compiler learnt about it.
struct CodeState {
    tier: Tier,
    /// Speculations that failed too often, and failure counts of the others.
    despecialized: HashSet<Site>,
    failures: HashMap<Site, u32>,
    /// Recompilations asked for by compiled code's tier-up countdown.
    tier_ups: u32,
    /// Sites without feedback when the code was last compiled, and tier-up countdowns
    /// in a row that found none of them fed since.
    unfed_at_compile: usize,
    idle_tier_ups: u32,
}

pub struct Jit {
    pub mode: Mode,
    threshold: u32,
    states: Vec<CodeState>,
    backend: Option<codegen::Backend>,
    /// The bits of the builtin `len`.
    len_builtin: u64,
    /// Per code object, its optimized code's address, or 0 (`JitContext::entry_table`).
    entry_table: Box<[usize]>,
    pub stats: JitStats,
}

impl Jit {
    /// The JIT of a program with `ncodes` code objects.
    pub fn new(mode: Mode, threshold: u32, len_builtin: Value, ncodes: usize) -> Jit {
        Jit {
            mode,
            threshold: threshold.max(1),
            states: Vec::new(),
            backend: None,
            len_builtin: len_builtin.bits(),
            entry_table: vec![0; ncodes].into_boxed_slice(),
            stats: JitStats::default(),
        }
    }

    /// The table compiled code finds its callees' code in (it never moves).
    pub fn entry_table(&self) -> *const usize {
        self.entry_table.as_ptr()
    }

    /// Sets the tier of code object `index`, keeping the entry table in step.
    fn set_tier(&mut self, index: usize, tier: Tier) {
        self.entry_table[index] = match tier {
            Tier::Compiled {
                func,
                baseline: false,
                ..
            } => func as usize,
            _ => 0,
        };
        self.states[index].tier = tier;
    }

    /// The compiled entry for `pc` of code `index`, compiling it if tiering says so.
    fn entry_for(
        &mut self,
        codes: &[CodeObject],
        global_names: &[String],
        index: usize,
        pc: usize,
    ) -> Option<CompiledFn> {
        if self.states.len() <= index {
            self.states.resize_with(codes.len(), || CodeState {
                tier: Tier::Counting {
                    calls: 0,
                    loops: HashMap::new(),
                },
                despecialized: HashSet::new(),
                failures: HashMap::new(),
                tier_ups: 0,
                unfed_at_compile: 0,
                idle_tier_ups: 0,
            });
        }
        let eager = matches!(self.mode, Mode::Eager | Mode::Stress);
        // (for a loop, baseline)
        let compile: Option<(bool, bool)> = match &mut self.states[index].tier {
            Tier::Compiled {
                func,
                entries,
                baseline,
                calls,
            } => {
                let func = *func;
                let is_entry = entries.binary_search(&(pc as u32)).is_ok();
                if pc == 0 && *baseline {
                    *calls += 1;
                    if *calls >= TIER_UP_CALLS {
                        Some((false, false))
                    } else {
                        return is_entry.then_some(func);
                    }
                } else {
                    return is_entry.then_some(func);
                }
            }
            Tier::Failed => return None,
            Tier::Stale => Some((pc != 0, false)),
            Tier::Counting { calls, loops } => {
                let hot = if pc == 0 {
                    *calls += 1;
                    (eager || *calls >= self.threshold).then_some(false)
                } else if is_loop_header(&codes[index], pc) {
                    let n = loops.entry(pc as u32).or_insert(0);
                    *n += 1;
                    (eager || *n >= self.threshold).then_some(true)
                } else {
                    None
                };
                hot.map(|for_loop| (for_loop, eager))
            }
        };
        let (for_loop, baseline) = compile?;
        self.compile(codes, global_names, index, for_loop, baseline);
        match &self.states[index].tier {
            Tier::Compiled { func, entries, .. } => {
                entries.binary_search(&(pc as u32)).ok().map(|_| *func)
            }
            _ => None,
        }
    }

    fn compile(
        &mut self,
        codes: &[CodeObject],
        global_names: &[String],
        index: usize,
        for_loop: bool,
        baseline: bool,
    ) {
        let started = std::time::Instant::now();
        let backend = self.backend.get_or_insert_with(codegen::Backend::new);
        let state = &mut self.states[index];
        let unfed = unfed_sites(&codes[index]);
        state.unfed_at_compile = unfed;
        let options = codegen::Options {
            stress: self.mode == Mode::Stress,
            count: backend.count_instructions,
            speculate: !baseline,
            tier_up: baseline || (unfed > 0 && state.tier_ups < MAX_TIER_UPS),
        };
        let recompiling = !matches!(state.tier, Tier::Counting { .. });
        let env = codegen::Env {
            codes,
            global_names,
            len_builtin: self.len_builtin,
            despecialized: &state.despecialized,
        };
        let tier = match backend.compile(index, &env, options) {
            Ok(c) => {
                self.stats.code_bytes += c.code_bytes as u64;
                if recompiling {
                    self.stats.recompilations += 1;
                } else if for_loop {
                    self.stats.loops_compiled += 1;
                } else {
                    self.stats.functions_compiled += 1;
                }
                Tier::Compiled {
                    func: c.func,
                    entries: c.entries,
                    baseline,
                    calls: 0,
                }
            }
            Err(e) => {
                if codegen::dump_enabled() {
                    eprintln!("krait: JIT: cannot compile {}: {e}", codes[index].qualname);
                }
                Tier::Failed
            }
        };
        self.set_tier(index, tier);
        self.stats.compile_times.push(started.elapsed());
    }

    /// Whether code object `index` runs baseline code.
    fn is_baseline(&self, index: usize) -> bool {
        matches!(
            self.states[index].tier,
            Tier::Compiled { baseline: true, .. }
        )
    }

    /// The optimized code of code object `index`, entered at pc 0, if it has any.
    pub(crate) fn entry0(&self, index: usize) -> Option<CompiledFn> {
        match self.states.get(index)?.tier {
            Tier::Compiled {
                func,
                baseline: false,
                ..
            } => Some(func),
            _ => None,
        }
    }

    /// Compiled code asked to be compiled again with the feedback it recorded: done
    /// when sites that had none have some now (else it asks again later, less and
    /// less often).
    fn tier_up(&mut self, codes: &[CodeObject], global_names: &[String], index: usize) {
        let state = &mut self.states[index];
        let Tier::Compiled { baseline, .. } = state.tier else {
            return;
        };
        if !baseline {
            if unfed_sites(&codes[index]) >= state.unfed_at_compile {
                state.idle_tier_ups += 1;
                return;
            }
            state.tier_ups += 1;
            state.idle_tier_ups = 0;
        }
        self.compile(codes, global_names, index, false, false);
    }

    /// A speculation of code `index` failed at `site`: after [`DESPECIALIZE_AFTER`]
    /// failures the code object is compiled again without it.
    fn misspeculated(&mut self, index: usize, site: Site) {
        let state = &mut self.states[index];
        let n = state.failures.entry(site).or_insert(0);
        *n += 1;
        if *n >= DESPECIALIZE_AFTER && state.despecialized.insert(site) {
            self.stats.despecialized += 1;
            if matches!(state.tier, Tier::Compiled { .. }) {
                self.set_tier(index, Tier::Stale);
            }
        }
    }

    /// Whether compiled code counts the instructions it executes (for `--stats`).
    pub fn count_instructions(&mut self, on: bool) {
        self.backend
            .get_or_insert_with(codegen::Backend::new)
            .count_instructions = on;
    }
}

/// How many instructions that specialize on feedback have none (they never ran).
fn unfed_sites(code: &CodeObject) -> usize {
    code.instrs
        .iter()
        .zip(&code.feedback)
        .filter(|(i, f)| {
            f.get() == 0
                && matches!(
                    i,
                    Instr::Add { .. }
                        | Instr::Sub { .. }
                        | Instr::Mul { .. }
                        | Instr::Inplace { .. }
                        | Instr::AddInt { .. }
                        | Instr::SubInt { .. }
                        | Instr::Lt { .. }
                        | Instr::Le { .. }
                        | Instr::Gt { .. }
                        | Instr::Ge { .. }
                        | Instr::Eq { .. }
                        | Instr::Ne { .. }
                        | Instr::BranchCompare { .. }
                        | Instr::GetItem { .. }
                        | Instr::SetItem { .. }
                        | Instr::ForIter { .. }
                )
        })
        .count()
}

/// Whether `pc` is the target of a backward `Jump` (a loop header: an entry pc).
fn is_loop_header(code: &CodeObject, pc: usize) -> bool {
    analysis::loop_headers(code).any(|h| h as usize == pc)
}

/// Runs the top frame's compiled code from `pc`, if `pc` is an entry of it (compiling
/// it first if it is hot). `None`: keep interpreting.
pub(crate) fn enter(vm: &mut Vm, pc: usize) -> Option<JitExit> {
    let frame = *vm.frames.last()?;
    let codes = std::rc::Rc::clone(&vm.codes);
    let index = frame.code as usize;
    let mut pc = pc;
    let mut first = true;
    loop {
        let Some(func) = vm.jit.entry_for(&codes, &vm.global_names, index, pc) else {
            return (!first).then_some(JitExit::Deopt(pc));
        };
        first = false;
        vm.jit.stats.entries += 1;
        // SAFETY: `func` was compiled for this frame's code object and `pc` is one of
        // its entries.
        let status = unsafe { call_compiled(vm, func, frame.base, pc) };
        match exit_of(vm, index, status) {
            Ok(exit) => return Some(exit),
            Err(tier_up_at) => {
                vm.jit.tier_up(&codes, &vm.global_names, index);
                pc = tier_up_at;
            }
        }
    }
}

/// Calls compiled code for the top frame, whose registers start at `base`.
///
/// # Safety
/// `func` was compiled for the top frame's code object and `pc` is one of its
/// entries.
pub(crate) unsafe fn call_compiled(vm: &mut Vm, func: CompiledFn, base: usize, pc: usize) -> u64 {
    vm.jit_ctx.stack = vm.stack.as_mut_ptr();
    // SAFETY: per the contract above; the frame's registers `stack[base..base + nregs]`
    // exist (push_frame grew the stack), and no Rust reference into the VM is live
    // across the call.
    unsafe { func(vm as *mut Vm, base as u64, pc as u64) }
}

/// What a status word of code object `index` means for its frame, with the deopt
/// counted; `Err(pc)`: baseline code asks to be compiled again and entered at `pc`.
pub(crate) fn exit_of(vm: &mut Vm, index: usize, status: u64) -> Result<JitExit, usize> {
    Ok(match exit::decode(status) {
        Exit::Return { .. } => JitExit::Return(vm.jit_ctx.return_value),
        Exit::Deopt {
            pc: at,
            reason,
            reg,
        } => {
            vm.jit.stats.deopts[reason as usize] += 1;
            if reason == DeoptReason::TierUp {
                let state = &vm.jit.states[index];
                vm.jit_ctx.tier_up_countdown = if vm.jit.is_baseline(index) {
                    TIER_UP_BACK_EDGES
                } else {
                    TIER_UP_IDLE_BACK_EDGES << state.idle_tier_ups.min(10)
                };
                return Err(at as usize);
            }
            if reason.is_misspeculation() {
                let site = if reason == DeoptReason::HeaderGuard {
                    Site::Header(at, reg)
                } else {
                    Site::Instr(at)
                };
                vm.jit.misspeculated(index, site);
            }
            JitExit::Deopt(at as usize)
        }
        Exit::Raise { pc } => {
            let exc = std::mem::replace(&mut vm.jit_ctx.exception, Value::NONE);
            JitExit::Raise(pc as usize, Exc(exc))
        }
    })
}
