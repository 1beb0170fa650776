//! The Cranelift JIT: tiering, the compiled-code cache, entering compiled code.
//!
//! A code object compiles to one native function
//! `extern "C" fn(vm: *mut Vm, base: u64, entry_pc: u64) -> u64` that works directly
//! on the interpreter's register file (`vm.stack[base..]`) and has one entry per
//! *entry pc*: pc 0 and every loop header (the target of a backward `Jump`). Since all
//! state lives in the frame, entering at a loop header in the middle of a call (OSR)
//! is just another entry, and leaving is just returning a status word ([`exit`]) that
//! says where the interpreter continues.
//!
//! Tiering: mode `on` compiles a code object when it has been called `threshold`
//! times or one of its loops has taken `threshold` back-edges; `eager` and `stress`
//! at the first call or loop entry. `stress` also fails type guards on purpose every
//! [`STRESS_PERIOD`]th guard evaluation, to exercise the deopt exits.
//!
//! Architecture invariant: the JIT never changes what a program does, only how fast:
//! an instruction is either inlined for the types a guard has checked, or executed by
//! the interpreter itself through [`helpers::step`].

pub mod exit;
pub mod helpers;
mod layout;
mod translate;

use crate::bytecode::{CodeObject, Instr};
use crate::interp::error::Exc;
use crate::interp::Vm;
use crate::runtime::value::Value;
use exit::{DeoptReason, Exit};
use std::collections::HashMap;
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
    },
    /// Cranelift refused the function (reported once with KRAIT_JIT_DUMP=1).
    Failed,
}

/// JIT counters for `--stats`.
#[derive(Default, Debug, Clone)]
pub struct JitStats {
    pub functions_compiled: u64,
    pub loops_compiled: u64,
    pub compile_time: Duration,
    pub code_bytes: u64,
    pub deopts: [u64; DeoptReason::ALL.len()],
    pub entries: u64,
}

pub struct Jit {
    pub mode: Mode,
    threshold: u32,
    tiers: Vec<Tier>,
    backend: Option<translate::Backend>,
    pub stats: JitStats,
}

impl Jit {
    pub fn new(mode: Mode, threshold: u32) -> Jit {
        Jit {
            mode,
            threshold: threshold.max(1),
            tiers: Vec::new(),
            backend: None,
            stats: JitStats::default(),
        }
    }

    /// The compiled entry for `pc` of code `index`, compiling it if tiering says so.
    fn entry_for(&mut self, codes: &[CodeObject], index: usize, pc: usize) -> Option<CompiledFn> {
        if self.tiers.len() <= index {
            self.tiers.resize_with(codes.len(), || Tier::Counting {
                calls: 0,
                loops: HashMap::new(),
            });
        }
        let eager = matches!(self.mode, Mode::Eager | Mode::Stress);
        let hot = match &mut self.tiers[index] {
            Tier::Compiled { func, entries } => {
                return entries.binary_search(&(pc as u32)).ok().map(|_| *func);
            }
            Tier::Failed => return None,
            Tier::Counting { calls, loops } => {
                if pc == 0 {
                    *calls += 1;
                    (eager || *calls >= self.threshold).then_some(false)
                } else if is_loop_header(&codes[index], pc) {
                    let n = loops.entry(pc as u32).or_insert(0);
                    *n += 1;
                    (eager || *n >= self.threshold).then_some(true)
                } else {
                    None
                }
            }
        };
        let for_loop = hot?;
        self.compile(codes, index, for_loop);
        self.entry_for(codes, index, pc)
    }

    fn compile(&mut self, codes: &[CodeObject], index: usize, for_loop: bool) {
        let started = std::time::Instant::now();
        let backend = self.backend.get_or_insert_with(translate::Backend::new);
        let options = translate::Options {
            stress: self.mode == Mode::Stress,
            count: backend.count_instructions,
        };
        self.tiers[index] = match backend.compile(&codes[index], index, options) {
            Ok((func, entries, size)) => {
                self.stats.code_bytes += size as u64;
                if for_loop {
                    self.stats.loops_compiled += 1;
                } else {
                    self.stats.functions_compiled += 1;
                }
                Tier::Compiled { func, entries }
            }
            Err(e) => {
                if translate::dump_enabled() {
                    eprintln!("krait: JIT: cannot compile {}: {e}", codes[index].qualname);
                }
                Tier::Failed
            }
        };
        self.stats.compile_time += started.elapsed();
    }

    /// Whether compiled code counts the instructions it executes (for `--stats`).
    pub fn count_instructions(&mut self, on: bool) {
        self.backend
            .get_or_insert_with(translate::Backend::new)
            .count_instructions = on;
    }
}

/// Whether `pc` is the target of a backward `Jump` (a loop header: an entry pc).
fn is_loop_header(code: &CodeObject, pc: usize) -> bool {
    loop_headers(code).any(|h| h as usize == pc)
}

/// The targets of backward jumps.
fn loop_headers(code: &CodeObject) -> impl Iterator<Item = u32> + '_ {
    code.instrs
        .iter()
        .enumerate()
        .filter_map(|(pc, i)| match *i {
            Instr::Jump { target } if target as usize <= pc => Some(target),
            _ => None,
        })
}

/// Runs the top frame's compiled code from `pc`, if `pc` is an entry of it (compiling
/// it first if it is hot). `None`: keep interpreting.
pub(crate) fn enter(vm: &mut Vm, pc: usize) -> Option<JitExit> {
    let frame = *vm.frames.last()?;
    let codes = std::rc::Rc::clone(&vm.codes);
    let func = vm.jit.entry_for(&codes, frame.code as usize, pc)?;
    vm.jit.stats.entries += 1;
    vm.jit_ctx.stack = vm.stack.as_mut_ptr();
    // SAFETY: `func` was compiled for this frame's code object and `pc` is one of its
    // entries; the frame's registers `stack[base..base + nregs]` exist (push_frame
    // grew the stack), and no Rust reference into the VM is live across the call.
    let status = unsafe { func(vm as *mut Vm, frame.base as u64, pc as u64) };
    Some(match exit::decode(status) {
        Exit::Return { pc } => {
            let src = match codes[frame.code as usize].instrs[pc as usize] {
                Instr::Return { src } => src,
                other => unreachable!("a Return exit at {other:?}"),
            };
            JitExit::Return(vm.stack[frame.base + src as usize])
        }
        Exit::Deopt { pc, reason } => {
            vm.jit.stats.deopts[reason as usize] += 1;
            JitExit::Deopt(pc as usize)
        }
        Exit::Raise { pc } => {
            let exc = std::mem::replace(&mut vm.jit_ctx.exception, Value::NONE);
            JitExit::Raise(pc as usize, Exc(exc))
        }
    })
}
