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
mod tiering;
mod types;

pub use codegen::{opcode_table, strategy, Strategy};
use tiering::{Globals, Unit};
pub use tiering::{Jit, JitStats};

use crate::interp::error::Exc;
use crate::interp::Vm;
use crate::runtime::value::Value;
use analysis::Site;
use exit::{DeoptReason, Exit};

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
    /// The exception a helper raised, for a `Raise` exit.
    pub exception: Value,
    /// Guard evaluations left before mode `stress` fails one.
    pub stress_countdown: i64,
    /// Bytecode instructions executed by compiled code (counted with `--stats`).
    pub instructions: u64,
    /// `vm.builtin_fallback` (a fixed-size table; compiled code has the address of
    /// `vm.globals`, fixed-size too, as a constant).
    pub builtin_fallback: *const Value,
    /// Back-edges baseline code takes before it exits to be compiled again.
    pub tier_up_countdown: i64,
    /// The value a `Return` exit returns, or a `Yield` exit yields.
    pub return_value: Value,
    /// `vm.char_cache`: the one-character strs U+0000..U+00FF (never resized).
    pub char_cache: *const Value,
    /// How many frames there may be when compiled code pushes one more itself:
    /// `min(vm.recursion_limit, NATIVE_FRAMES)` (`Vm::set_recursion_limit` keeps it).
    /// `vm.frames` has room for `NATIVE_FRAMES + 1` frames whenever compiled code
    /// runs (`call_compiled` makes it), so below this limit a push never
    /// reallocates: one comparison checks both.
    pub frame_limit: usize,
}

impl Default for JitContext {
    fn default() -> Self {
        JitContext {
            exception: Value::NONE,
            stress_countdown: STRESS_PERIOD,
            instructions: 0,
            builtin_fallback: std::ptr::null(),
            tier_up_countdown: TIER_UP_BACK_EDGES,
            return_value: Value::NONE,
            char_cache: std::ptr::null(),
            frame_limit: 0,
        }
    }
}

/// Offsets of the [`JitContext`] words from the `Vm` pointer.
pub(crate) mod offsets {
    use super::JitContext;
    use crate::interp::Vm;
    use crate::runtime::regstack::RegStack;
    use std::mem::offset_of;

    /// The register stack's address (`vm.stack`'s own pointer word: it never moves).
    pub const STACK: i32 = (offset_of!(Vm, stack) + RegStack::PTR_OFFSET) as i32;
    pub const STRESS_COUNTDOWN: i32 =
        (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, stress_countdown)) as i32;
    pub const INSTRUCTIONS: i32 =
        (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, instructions)) as i32;
    pub const BUILTIN_FALLBACK: i32 =
        (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, builtin_fallback)) as i32;
    pub const CHAR_CACHE: i32 =
        (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, char_cache)) as i32;
    pub const RETURN_VALUE: i32 =
        (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, return_value)) as i32;
    pub const FRAME_LIMIT: i32 =
        (offset_of!(Vm, jit_ctx) + offset_of!(JitContext, frame_limit)) as i32;
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
    /// The `YieldFrom` at this pc got this value from its delegate: the generator
    /// yields it, suspended at that pc (which runs again when it resumes).
    Yield(usize, Value),
}

/// A compiled code object's native entry point.
type CompiledFn = unsafe extern "C" fn(*mut Vm, u64, u64) -> u64;

/// Runs the top frame's compiled code from `pc`, if `pc` is an entry of it (compiling
/// it first if it is hot). `None`: keep interpreting.
pub(crate) fn enter(vm: &mut Vm, pc: usize) -> Option<JitExit> {
    let frame = *vm.frames.last()?;
    let codes = std::rc::Rc::clone(&vm.codes);
    let index = frame.code as usize;
    let mut pc = pc;
    let mut first = true;
    loop {
        let globals = Globals {
            names: &vm.global_names,
            values: &vm.globals,
        };
        let Some(entry) = vm.jit.entry_for(&codes, globals, index, pc) else {
            return (!first).then_some(JitExit::Deopt(pc));
        };
        first = false;
        vm.jit.stats.entries += 1;
        let unit = entry.unit;
        // The entry's speculations checked here, as the code would (see
        // `codegen::Compiled::entry_types`): a failure is its `HeaderGuard` exit.
        let checked = entry.types.as_ref().map_or(helpers::OK, |types| {
            helpers::entry_status(&vm.stack[frame.base..], pc as u32, types)
        });
        let status = if checked != helpers::OK {
            checked
        } else {
            // SAFETY: `entry.func` was compiled for this frame's code object, `pc` is
            // one of its entries, and the types it speculates on there hold.
            unsafe { call_compiled(vm, entry.func, frame.base, pc) }
        };
        match exit_of(vm, index, unit, status) {
            Ok(exit) => return Some(exit),
            Err(tier_up_at) => {
                tier_up(vm, index, unit);
                pc = tier_up_at;
            }
        }
    }
}

/// `unit` of code object `index` exited asking to be compiled again (`exit_of` gave
/// `Err`): compiles it again if it has new feedback (see `Jit::tier_up`).
pub(crate) fn tier_up(vm: &mut Vm, index: usize, unit: Unit) {
    let codes = std::rc::Rc::clone(&vm.codes);
    let globals = Globals {
        names: &vm.global_names,
        values: &vm.globals,
    };
    vm.jit.tier_up(&codes, globals, index, unit);
}

/// Calls compiled code for the top frame, whose registers start at `base`.
///
/// # Safety
/// `func` was compiled for the top frame's code object and `pc` is one of its
/// entries.
// Inlined into its callers (the call helper, `enter`): a separate function costs
// every call from the interpreter or a helper a frame of its own.
#[inline(always)]
pub(crate) unsafe fn call_compiled(vm: &mut Vm, func: CompiledFn, base: usize, pc: usize) -> u64 {
    // Compiled code pushes frames itself, without growing `vm.frames`, up to
    // `frame_limit` (at most NATIVE_FRAMES): room for them is made once, at the first
    // entry, so that programs that never compile anything do not pay for it.
    if vm.frames.capacity() <= NATIVE_FRAMES {
        vm.frames.reserve_exact(NATIVE_FRAMES + 1 - vm.frames.len());
    }
    // SAFETY: per the contract above; the frame's registers `stack[base..base + nregs]`
    // exist (push_frame grew the stack), and no Rust reference into the VM is live
    // across the call.
    unsafe { func(vm as *mut Vm, base as u64, pc as u64) }
}

/// What a status word of `unit` of code object `index` means for its frame, with the
/// deopt counted; `Err(pc)`: the code asks to be compiled again and entered at `pc`.
pub(crate) fn exit_of(
    vm: &mut Vm,
    index: usize,
    unit: Unit,
    status: u64,
) -> Result<JitExit, usize> {
    vm.jit_ctx.instructions -= exit::overcount(status);
    let raw = exit::raw_index(status);
    if raw != 0 {
        let raw = vm.jit.raw_mask(raw);
        let base = vm.frames.last().expect("the exited frame").base;
        exit::box_raw(&mut vm.stack[base..], raw);
    }
    Ok(match exit::decode(status) {
        Exit::Return { .. } => JitExit::Return(vm.jit_ctx.return_value),
        Exit::Deopt {
            pc: at,
            reason,
            reg,
        } => {
            vm.jit.stats.deopts[reason as usize] += 1;
            if reason == DeoptReason::TierUp {
                vm.jit_ctx.tier_up_countdown = vm.jit.tier_up_period(index, unit);
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
        Exit::Yield { pc } => JitExit::Yield(pc as usize, vm.jit_ctx.return_value),
    })
}

/// For tests: code object `name` (a qualified name) of the program `src`, compiled.
#[cfg(test)]
pub(crate) fn code_of(src: &str, name: &str) -> crate::bytecode::CodeObject {
    let mut heap = crate::runtime::heap::Heap::new(false);
    let module = crate::syntax::parse(src.as_bytes(), "t.py").expect("parses");
    let program = crate::compiler::compile(&module, &mut heap).expect("compiles");
    let code = program
        .codes
        .into_iter()
        .find(|c| c.qualname == name)
        .expect("the function");
    std::mem::forget(heap); // the constants stay valid for the test
    code
}
