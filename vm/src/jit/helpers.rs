//! The runtime helpers that compiled code calls (`extern "C"`), and the Rust side of
//! the instructions compiled code does not inline.
//!
//! The generic helper, [`step`], runs *the interpreter itself* for exactly one
//! instruction (`Vm::execute::<_, true>`), so every instruction that is not inlined
//! has precisely the interpreter's semantics — one source of truth. A call that
//! pushes a Python frame is then run to completion right here (compiled or
//! interpreted), so Python recursion becomes native recursion; the recursion limit on
//! frames (checked in `push_frame`) bounds it.
//!
//! Every helper refreshes `JitContext::stack` before returning: any of them may run
//! Python code, which may grow (reallocate) the register stack, and compiled code
//! re-derives its register pointer from that word after each call.

use super::JitExit;
use crate::interp::error::PyResult;
use crate::interp::{FrameExit, Vm};

/// [`step`]: the instruction completed and execution continues at the next pc.
pub const OK: u64 = 0;
/// The instruction raised; the exception is in `JitContext::exception`.
pub const RAISED: u64 = 1;
/// The instruction jumped (a `ForIter` whose iterator is exhausted).
pub const BRANCHED: u64 = 2;

/// [`truthy`] results.
pub const FALSE: u64 = 0;
pub const TRUE: u64 = 1;
pub const TRUTHY_RAISED: u64 = 2;

impl Vm {
    /// Executes the top frame's instruction at `pc` as the interpreter does.
    fn jit_step(&mut self, pc: usize) -> u64 {
        let depth = self.frames.len();
        self.frames.last_mut().expect("a compiled frame").pc = pc;
        let status = match self.execute::<false, true>() {
            Ok(FrameExit::Stepped) if self.frames.len() > depth => {
                // A call pushed a Python frame: run it to completion.
                match self.run_callee() {
                    Ok(()) => OK,
                    Err(exc) => {
                        self.jit_ctx.exception = exc.0;
                        RAISED
                    }
                }
            }
            Ok(FrameExit::Stepped) => {
                if self.frames.last().expect("frame").pc == pc + 1 {
                    OK
                } else {
                    BRANCHED
                }
            }
            Ok(FrameExit::Return(_) | FrameExit::Yield(_)) => {
                unreachable!("compiled code never steps Return or Yield")
            }
            Err(exc) => {
                self.jit_ctx.exception = exc.0;
                RAISED
            }
        };
        self.jit_ctx.stack = self.stack.as_mut_ptr();
        status
    }
}

impl Vm {
    /// Runs the callee frame a call just pushed until it returns (its value going to
    /// the caller's register) or raises. Its compiled code, if any, is called directly.
    fn run_callee(&mut self) -> PyResult<()> {
        let callee = *self.frames.last().expect("callee frame");
        let resume_at = match super::enter(self, callee.pc) {
            Some(JitExit::Return(v)) => {
                self.pop_frame();
                self.stack[callee.ret] = v;
                return Ok(());
            }
            Some(JitExit::Deopt(pc)) => pc,
            Some(JitExit::Raise(pc, exc)) => {
                let top = self.frames.last_mut().expect("callee frame");
                top.pc = pc + 1;
                top.entry = true;
                if !self.unwind(exc) {
                    return Err(exc);
                }
                self.frames.last().expect("handler frame").pc
            }
            None => callee.pc,
        };
        let top = self.frames.last_mut().expect("callee frame");
        top.pc = resume_at;
        top.entry = true;
        match self.run_frames()? {
            FrameExit::Return(v) => {
                self.stack[callee.ret] = v;
                Ok(())
            }
            FrameExit::Yield(_) | FrameExit::Stepped => {
                unreachable!("a called function frame returns or raises")
            }
        }
    }
}

/// Runs the instruction at `pc` of the top frame in the interpreter: [`OK`],
/// [`RAISED`] or [`BRANCHED`].
///
/// # Safety
/// `vm` is the VM whose top frame the calling compiled code runs, and nothing else
/// borrows it while compiled code runs.
pub unsafe extern "C" fn step(vm: *mut Vm, pc: u64) -> u64 {
    // SAFETY: per the contract above, this is the only live reference to the VM.
    let vm = unsafe { &mut *vm };
    vm.jit_step(pc as usize)
}

/// The truth value of `R[reg]`: [`FALSE`], [`TRUE`], or [`TRUTHY_RAISED`] (`__bool__`
/// or `__len__` raised).
///
/// # Safety
/// As for [`step`]; `base + reg` is a register of the top frame.
pub unsafe extern "C" fn truthy(vm: *mut Vm, base: u64, reg: u64) -> u64 {
    // SAFETY: as in `step`.
    let vm = unsafe { &mut *vm };
    let v = vm.stack[(base + reg) as usize];
    let status = match vm.truthy(v) {
        Ok(t) => t as u64,
        Err(exc) => {
            vm.jit_ctx.exception = exc.0;
            TRUTHY_RAISED
        }
    };
    vm.jit_ctx.stack = vm.stack.as_mut_ptr();
    status
}

/// The GC safepoint of a loop back-edge.
///
/// # Safety
/// As for [`step`].
pub unsafe extern "C" fn safepoint(vm: *mut Vm) -> u64 {
    // SAFETY: as in `step`.
    let vm = unsafe { &mut *vm };
    vm.safepoint();
    OK
}
