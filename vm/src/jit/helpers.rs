//! The runtime helpers that compiled code calls (defined with [`helper!`]), and the Rust side of
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

use super::types::Ty;
use super::JitExit;
use crate::bytecode::{Instr, Reg};
use crate::interp::error::PyResult;
use crate::interp::{FrameExit, Vm};
use crate::runtime::object::{Obj, ObjBody};
use crate::runtime::value::Value;

/// Defines a runtime helper with the calling convention compiled code calls helpers
/// by ([`call_conv`]). On x86-64 that is the Windows x64 convention, whose calls
/// clobber 7 general registers and 6 vector registers instead of System V's 9 and 16:
/// the register allocator has 7 general registers that survive a helper call instead
/// of 5, so fewer values are spilled around calls, and each call site costs it less
/// work (clobbers are ranges it must place around). The helpers themselves are Rust
/// functions; the compiler saves what the convention requires in their prologues.
/// A helper that only computes on floats (`pow_float`) stays `extern "C"`: under the
/// Windows convention its prologue would save the vector registers it clobbers.
macro_rules! helper {
    ($(#[$attr:meta])* pub unsafe fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(target_arch = "x86_64")]
        $(#[$attr])*
        pub unsafe extern "win64" fn $name($($arg: $ty),*) -> $ret $body

        #[cfg(not(target_arch = "x86_64"))]
        $(#[$attr])*
        pub unsafe extern "C" fn $name($($arg: $ty),*) -> $ret $body
    };
}

/// The calling convention of the helpers defined with [`helper!`], given the one of
/// `extern "C"` on this target.
pub fn call_conv(c: cranelift_codegen::isa::CallConv) -> cranelift_codegen::isa::CallConv {
    if cfg!(target_arch = "x86_64") {
        cranelift_codegen::isa::CallConv::WindowsFastcall
    } else {
        c
    }
}

/// [`step`]: the instruction completed and execution continues at the next pc.
pub const OK: u64 = 0;
/// The instruction raised; the exception is in `JitContext::exception`.
pub const RAISED: u64 = 1;
/// The instruction jumped (a `ForIter` whose iterator is exhausted).
pub const BRANCHED: u64 = 2;
/// [`call`]: the call is too deep for compiled code; deopt so the interpreter makes it.
pub const DEOPT: u64 = 3;
/// [`step`] of a `YieldFrom`: the delegate yielded the value now in
/// `JitContext::return_value`; the generator suspends at the instruction.
pub const YIELDED: u64 = 4;

/// [`truthy`] results.
pub const FALSE: u64 = 0;
pub const TRUE: u64 = 1;
pub const TRUTHY_RAISED: u64 = 2;

impl Vm {
    /// Executes the top frame's instruction at `pc` as the interpreter does.
    fn jit_step(&mut self, pc: usize) -> u64 {
        let depth = self.frames.len();
        let frame = self.frames.last_mut().expect("a compiled frame");
        frame.pc = pc;
        let (code, base) = (frame.code as usize, frame.base);
        let instr = self.codes[code].instrs[pc];
        if self.count_instructions {
            self.jit.stats.count_step(instr);
        }
        // The most frequent of these run here, without the dispatch loop around them
        // (the interpreter runs the same functions).
        let reg = |r: crate::bytecode::Reg| base + r as usize;
        match instr {
            Instr::BuildTuple { dst, start, count } => {
                self.stack[reg(dst)] = self.build_tuple_at(reg(start), count as usize);
                return OK;
            }
            Instr::BuildList { dst, start, count } => {
                self.stack[reg(dst)] = self.build_list_at(reg(start), count as usize);
                return OK;
            }
            Instr::BuildSlice { dst, start } => {
                self.stack[reg(dst)] = self.build_slice_at(reg(start));
                return OK;
            }
            Instr::BuildString { dst, start, count } => {
                self.stack[reg(dst)] = self.build_string_at(reg(start), count as usize);
                return OK;
            }
            Instr::Add { dst, a, b }
            | Instr::Sub { dst, a, b }
            | Instr::Mul { dst, a, b }
            | Instr::TrueDiv { dst, a, b }
            | Instr::FloorDiv { dst, a, b }
            | Instr::Mod { dst, a, b } => {
                // Operands compiled code does not inline (strs, big ints, mixed
                // types): the interpreter's feedback, then its generic operation.
                let op = super::types::binary_op(&instr).expect("an arithmetic instruction");
                let (x, y) = (self.stack[reg(a)], self.stack[reg(b)]);
                crate::interp::record_operands(&self.codes[code].feedback[pc], x, y);
                self.frames.last_mut().expect("a compiled frame").pc = pc + 1;
                let result = self.binary_op(op, x, y);
                let ran = result.map(|v| self.stack[reg(dst)] = v);
                return self.helper_status(ran);
            }
            Instr::GetIter { dst, src } => {
                self.frames.last_mut().expect("a compiled frame").pc = pc + 1;
                let it = self.get_iter(self.stack[reg(src)]);
                let ran = it.map(|it| self.stack[reg(dst)] = it);
                return self.helper_status(ran);
            }
            Instr::FormatValue {
                dst,
                src,
                conv,
                spec,
            } => {
                // As the interpreter: the frame is past the instruction while a
                // `__format__` or `__str__` runs.
                self.frames.last_mut().expect("a compiled frame").pc = pc + 1;
                let formatted = self.format_value_at(base, src, conv, spec);
                let ran = formatted.map(|v| self.stack[reg(dst)] = v);
                return self.helper_status(ran);
            }
            _ => {}
        }
        match self.execute::<false, true>() {
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
            Ok(FrameExit::Yield(v)) if matches!(instr, Instr::YieldFrom { .. }) => {
                // The interpreter left the frame at the `YieldFrom`, to run it again
                // on resuming; the compiled code exits with the value.
                self.jit_ctx.return_value = v;
                YIELDED
            }
            Ok(FrameExit::Return(_) | FrameExit::Yield(_)) => {
                unreachable!("compiled code steps neither Return nor Yield")
            }
            Err(exc) => {
                self.jit_ctx.exception = exc.0;
                RAISED
            }
        }
    }
}

impl Vm {
    /// `Call` at `pc` of the top frame: a plain Python function called with exactly
    /// its positional parameters gets its frame pushed here and runs to completion
    /// (compiled code called directly); anything else is stepped as the interpreter
    /// does it.
    fn jit_call(&mut self, pc: usize) -> u64 {
        let frame = *self.frames.last().expect("a compiled frame");
        let Instr::Call { dst, func, argc } = self.codes[frame.code as usize].instrs[pc] else {
            unreachable!("the call helper runs Call instructions")
        };
        if self.frames.len() >= super::NATIVE_FRAMES {
            return DEOPT;
        }
        let f = self.stack[frame.base + func as usize];
        let code = match f.as_obj().map(|o| &o.body) {
            Some(ObjBody::Function(fo)) if self.codes[fo.code as usize].simple_arity == argc => {
                fo.code
            }
            _ => {
                // Anything else (a builtin, a class, a bound method) as the
                // interpreter's `Call` does it, without its dispatch.
                self.frames.last_mut().expect("a compiled frame").pc = pc + 1;
                let (args_at, ret) = (frame.base + func as usize + 1, frame.base + dst as usize);
                let ran = match self.call_at(f, args_at, argc as usize, None, ret) {
                    Ok(crate::interp::call::Called::Done(v)) => {
                        self.stack[ret] = v;
                        // A GC safepoint: whatever the builtin allocated may be
                        // collected now, with every live value of the caller in its
                        // frame (spilled before the call) and the result in `ret`.
                        // Compiled code counts on it: a loop that calls builtins
                        // through here has no poll of its own.
                        self.safepoint();
                        Ok(())
                    }
                    Ok(crate::interp::call::Called::Pushed) => self.run_callee(),
                    Err(exc) => Err(exc),
                };
                return self.helper_status(ran);
            }
        };
        crate::interp::record_callee(&self.codes[frame.code as usize].feedback[pc], code);
        self.frames.last_mut().expect("a compiled frame").pc = pc + 1;
        let callee_base = frame.base + func as usize + 1;
        let pushed = self.push_frame(
            code,
            f,
            callee_base,
            argc as usize,
            frame.base + dst as usize,
            false,
        );
        let ran = pushed.and_then(|()| match self.jit.entry0(code as usize) {
            // The callee is compiled: call it right here.
            Some(func) => {
                // SAFETY: `func` is code `code`'s, entered at pc 0, with its frame on top.
                let status = unsafe { super::call_compiled(self, func, callee_base, 0) };
                self.finish_compiled_callee(code as usize, status)
            }
            None => self.run_callee(),
        });
        self.helper_status(ran)
    }

    /// A helper's status for `result`: [`OK`], or [`RAISED`] with the exception left
    /// for compiled code's raise exit.
    fn helper_status(&mut self, result: PyResult<()>) -> u64 {
        match result {
            Ok(()) => OK,
            Err(exc) => {
                self.jit_ctx.exception = exc.0;
                RAISED
            }
        }
    }

    /// `CallMethod`, `GetAttr` or `SetAttr` at `pc` of the top frame, done directly
    /// (as the interpreter does them, without its dispatch): [`OK`] or [`RAISED`].
    fn jit_object_op(&mut self, pc: usize) -> u64 {
        let frame = *self.frames.last().expect("a compiled frame");
        let codes = std::rc::Rc::clone(&self.codes);
        let code = &codes[frame.code as usize];
        self.frames.last_mut().expect("a compiled frame").pc = pc + 1;
        let base = frame.base;
        let result = match code.instrs[pc] {
            Instr::CallMethod {
                dst,
                recv,
                argc,
                name,
            } => {
                let called = self.call_method_at(
                    base + recv as usize,
                    argc as usize,
                    code.consts[name as usize],
                    base + dst as usize,
                    &code.inline_caches[pc],
                );
                match called {
                    Ok(crate::interp::Called::Done(v)) => {
                        self.stack[base + dst as usize] = v;
                        Ok(())
                    }
                    Ok(crate::interp::Called::Pushed) => self.run_callee(),
                    Err(e) => Err(e),
                }
            }
            Instr::GetAttr { dst, obj, name } => self
                .get_attr(self.stack[base + obj as usize], code.consts[name as usize])
                .map(|v| self.stack[base + dst as usize] = v),
            Instr::SetAttr { obj, name, src } => {
                let (o, v) = (
                    self.stack[base + obj as usize],
                    self.stack[base + src as usize],
                );
                self.set_attr(o, code.consts[name as usize], v)
            }
            other => unreachable!("object_op on {other:?}"),
        };
        self.helper_status(result)
    }

    /// Runs the callee frame a call just pushed until it returns (its value going to
    /// the caller's register) or raises. Its compiled code, if any, is called directly.
    fn run_callee(&mut self) -> PyResult<()> {
        let callee = *self.frames.last().expect("callee frame");
        let exit = super::enter(self, callee.pc);
        self.finish_callee(exit)
    }

    /// Finishes the callee frame on top (of code `code`) whose compiled code returned
    /// `status`.
    fn finish_compiled_callee(&mut self, code: usize, status: u64) -> PyResult<()> {
        let exit = match super::exit_of(self, code, super::Unit::Function, status) {
            Ok(exit) => Some(exit),
            Err(at) => {
                super::tier_up(self, code, super::Unit::Function);
                self.frames.last_mut().expect("callee frame").pc = at;
                super::enter(self, at).or(Some(JitExit::Deopt(at)))
            }
        };
        self.finish_callee(exit)
    }

    /// Finishes the callee frame on top after its compiled code left it with `exit`
    /// (`None`: it has none): the interpreter runs what is left.
    fn finish_callee(&mut self, exit: Option<JitExit>) -> PyResult<()> {
        let callee = *self.frames.last().expect("callee frame");
        let resume_at = match exit {
            Some(JitExit::Return(v)) => {
                self.pop_frame();
                self.stack[callee.ret] = v;
                return Ok(());
            }
            Some(JitExit::Deopt(pc)) => pc,
            Some(JitExit::Yield(..)) => {
                unreachable!("a called function's frame is not a generator's")
            }
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

helper! {
    /// Runs the instruction at `pc` of the top frame in the interpreter: [`OK`],
    /// [`RAISED`] or [`BRANCHED`].
    ///
    /// # Safety
    /// `vm` is the VM whose top frame the calling compiled code runs, and nothing else
    /// borrows it while compiled code runs.
    pub unsafe fn step(vm: *mut Vm, pc: u64) -> u64 {
        // SAFETY: per the contract above, this is the only live reference to the VM.
        let vm = unsafe { &mut *vm };
        vm.jit_step(pc as usize)
    }
}

helper! {
    /// Runs the `Call` at `pc` of the top frame: [`OK`] or [`RAISED`].
    ///
    /// # Safety
    /// As for [`step`]; the instruction at `pc` is a `Call`.
    pub unsafe fn call(vm: *mut Vm, pc: u64) -> u64 {
        // SAFETY: as in `step`.
        let vm = unsafe { &mut *vm };
        vm.jit_call(pc as usize)
    }
}

helper! {
    /// Finishes a call that compiled code made inline, whose callee (code `code`, its
    /// frame on top) left its compiled code with `status` other than a return: the
    /// interpreter runs the rest, and the result goes to the caller's register. [`OK`]
    /// or [`RAISED`].
    ///
    /// # Safety
    /// As for [`step`]; the callee's frame is on top.
    pub unsafe fn finish_call(vm: *mut Vm, status: u64, code: u64) -> u64 {
        // SAFETY: as in `step`.
        let vm = unsafe { &mut *vm };
        let result = vm.finish_compiled_callee(code as usize, status);
        vm.helper_status(result)
    }
}

helper! {
    /// Runs the `CallMethod`, `GetAttr` or `SetAttr` at `pc` of the top frame: [`OK`]
    /// or [`RAISED`].
    ///
    /// # Safety
    /// As for [`step`]; the instruction at `pc` is one of those.
    pub unsafe fn object_op(vm: *mut Vm, pc: u64) -> u64 {
        // SAFETY: as in `step`.
        let vm = unsafe { &mut *vm };
        vm.jit_object_op(pc as usize)
    }
}

helper! {
    /// `a op b` for ints that fit in an i64 (small ints, or ints of the heap's i64 form)
    /// when the result fits in an i64 too: the result, allocated if it is not a small
    /// int. `UNBOUND` when it does not apply (other operands, a zero divisor, a negative
    /// shift, an overflow): the interpreter's job. Allocates, but never collects and
    /// never runs Python code.
    ///
    /// # Safety
    /// `vm` is the running VM; `op` is a `BinaryOp` as a number.
    pub unsafe fn int_binary(vm: *mut Vm, op: u64, a: u64, b: u64) -> u64 {
        use crate::bytecode::BinaryOp::*;
        // SAFETY: as in `step`.
        let vm = unsafe { &mut *vm };
        let as_i64 = |v: Value| {
            if v.is_small_int() {
                Some(v.as_small_int())
            } else {
                match v.as_obj().map(|o| &o.body) {
                    Some(ObjBody::Int64(i)) => Some(*i),
                    _ => None,
                }
            }
        };
        let (Some(x), Some(y)) = (as_i64(Value::from_bits(a)), as_i64(Value::from_bits(b))) else {
            return Value::UNBOUND.bits();
        };
        let r = match crate::bytecode::BinaryOp::ALL.get(op as usize) {
            Some(Add) => x.checked_add(y),
            Some(Sub) => x.checked_sub(y),
            Some(Mul) => x.checked_mul(y),
            Some(BitAnd) => Some(x & y),
            Some(BitOr) => Some(x | y),
            Some(BitXor) => Some(x ^ y),
            Some(FloorDiv) if y != 0 => x.checked_div(y).map(|q| {
                if x % y != 0 && (x < 0) != (y < 0) {
                    q - 1
                } else {
                    q
                }
            }),
            Some(Mod) if y != 0 => x.checked_rem(y).map(|r| {
                if r != 0 && (r < 0) != (y < 0) {
                    r + y
                } else {
                    r
                }
            }),
            Some(RShift) if y >= 0 => Some(x >> y.min(63)),
            Some(LShift) if (0..64).contains(&y) => {
                let r = x.wrapping_shl(y as u32);
                (r >> y == x).then_some(r)
            }
            _ => None,
        };
        match r {
            Some(v) => vm.new_int(v).bits(),
            None => Value::UNBOUND.bits(),
        }
    }
}

helper! {
    /// `list.append(value)` for the list at heap address `list`. It allocates no heap
    /// object, so it is no safepoint.
    ///
    /// # Safety
    /// `list` is the address of a live `Obj` whose body is a list (compiled code has
    /// checked the tag), and no Rust reference to it is live.
    pub unsafe fn list_append(list: *mut Obj, value: u64) -> u64 {
        // SAFETY: per the contract above.
        if let ObjBody::List(items) = unsafe { &mut (*list).body } {
            items.push(Value::from_bits(value));
        }
        OK
    }
}

/// The types a loop-header entry speculates on, checked by [`check_entry`] when
/// compiled code is entered there: one call in place of a guard, and its exit
/// block, per register (entries are taken once per loop run, not per iteration).
pub struct EntryChecks {
    /// The entry pc.
    pub pc: u32,
    /// The registers and the types they must have.
    pub regs: Box<[(Reg, Ty)]>,
}

/// `0` if every register of `checks` holds its type in the frame whose registers
/// are `regs`, else the `HeaderGuard` exit status, at entry `pc`, of the first that
/// does not: what an entry of compiled code checks before it runs.
pub fn entry_status(regs: &[Value], pc: u32, checks: &[(Reg, Ty)]) -> u64 {
    match checks.iter().find(|&&(r, t)| !t.holds(regs[r as usize])) {
        Some(&(r, _)) => super::exit::header_guard_at(pc, r),
        None => OK,
    }
}

helper! {
    /// [`entry_status`], for compiled code entered at pc 0 (where a compiled caller
    /// enters it directly; other entries are checked by `jit::enter`). No
    /// allocation, no Python code.
    ///
    /// # Safety
    /// `regs` points at the entered frame's registers and `checks` at an `EntryChecks`
    /// the code that calls this keeps alive (`codegen::Backend` holds them as long as the
    /// code), whose registers are all in that frame.
    pub unsafe fn check_entry(regs: *const Value, checks: *const EntryChecks) -> u64 {
        // SAFETY: per the contract above.
        let checks = unsafe { &*checks };
        let n = checks.regs.iter().map(|&(r, _)| r as usize + 1).max().unwrap_or(0);
        // SAFETY: registers `0..n` are in the frame at `regs` (per the contract above).
        let regs = unsafe { std::slice::from_raw_parts(regs, n) };
        entry_status(regs, checks.pc, &checks.regs)
    }
}

helper! {
    /// The order of two strs (by code point, which is UTF-8 byte order): -1, 0 or 1.
    /// No allocation, no Python code.
    ///
    /// # Safety
    /// `a` and `b` are the addresses of live str objects (compiled code checked the tags).
    pub unsafe fn str_compare(a: *const Obj, b: *const Obj) -> i64 {
        // SAFETY: per the contract above.
        let (a, b) = unsafe { (&(*a).body, &(*b).body) };
        match (a, b) {
            (ObjBody::Str(x), ObjBody::Str(y)) => x.text.cmp(&y.text) as i64,
            _ => unreachable!("str_compare on non-strs"),
        }
    }
}

/// `x ** y` for two numbers of which at least one is a float and the other a float
/// or a small int: the boxed float, or [`UNDECIDED`] when the interpreter must do it
/// (it raises; an operand of another type). No allocation, no Python code.
pub extern "C" fn pow_float(x: u64, y: u64) -> u64 {
    let (x, y) = (Value::from_bits(x), Value::from_bits(y));
    let as_f64 = |v: Value| {
        if v.is_float() {
            Some(v.as_float())
        } else if v.is_small_int() {
            // 48 bits: exact, as the interpreter's int-to-float conversion.
            Some(v.as_small_int() as f64)
        } else {
            None
        }
    };
    if !(x.is_float() || y.is_float()) {
        return UNDECIDED;
    }
    match (as_f64(x), as_f64(y)) {
        (Some(a), Some(b)) => match crate::interp::number::float_pow(a, b) {
            Ok(r) => Value::float(r).bits(),
            Err(_) => UNDECIDED,
        },
        _ => UNDECIDED,
    }
}

/// A helper's "the interpreter must do it" result (not a value: a non-canonical NaN
/// bit pattern no `Value` has).
pub const UNDECIDED: u64 = 0xFFF8_0000_0000_0001;

helper! {
    /// `d.get(key)` for a small-int or str key: the value, `UNBOUND` when the key is
    /// missing, [`UNDECIDED`] when the lookup needs the interpreter. No allocation, no
    /// Python code.
    ///
    /// # Safety
    /// `dict` is the address of a live dict.
    pub unsafe fn dict_lookup(dict: *const Obj, key: u64) -> u64 {
        // SAFETY: per the contract above.
        let ObjBody::Dict(d) = (unsafe { &(*dict).body }) else {
            unreachable!("dict_lookup on a non-dict")
        };
        match crate::interp::plain_dict_get(d, Value::from_bits(key)) {
            Some(Some(v)) => v.bits(),
            Some(None) => Value::UNBOUND.bits(),
            None => UNDECIDED,
        }
    }
}

helper! {
    /// `a + b` for two strs: a new str. Allocates, but never collects and never runs
    /// Python code.
    ///
    /// # Safety
    /// `vm` is the running VM; `a` and `b` are strs (compiled code checked the tags).
    pub unsafe fn str_concat(vm: *mut Vm, a: u64, b: u64) -> u64 {
        // SAFETY: as in `step`.
        let vm = unsafe { &mut *vm };
        let (a, b) = (Value::from_bits(a), Value::from_bits(b));
        let text = match (a.as_obj().map(|o| &o.body), b.as_obj().map(|o| &o.body)) {
            (Some(ObjBody::Str(x)), Some(ObjBody::Str(y))) => {
                if y.text.is_empty() {
                    return a.bits();
                }
                if x.text.is_empty() {
                    return b.bits();
                }
                let mut s = String::with_capacity(x.text.len() + y.text.len());
                s.push_str(&x.text);
                s.push_str(&y.text);
                s
            }
            _ => unreachable!("str_concat on non-strs"),
        };
        vm.new_str(text).bits()
    }
}

helper! {
    /// `d[key]` for the dict at `dict` and a small-int or str key: the value, or
    /// `UNBOUND` when the key is missing or the lookup needs the interpreter (another
    /// kind of key, or a key with its own `__eq__`). No allocation, no Python code.
    ///
    /// # Safety
    /// `dict` is the address of a live dict (compiled code checked the tag).
    pub unsafe fn dict_get(dict: *const Obj, key: u64) -> u64 {
        // SAFETY: per the contract above.
        let ObjBody::Dict(d) = (unsafe { &(*dict).body }) else {
            unreachable!("dict_get on a non-dict")
        };
        match crate::interp::plain_dict_get(d, Value::from_bits(key)) {
            Some(Some(v)) => v.bits(),
            _ => Value::UNBOUND.bits(),
        }
    }
}

helper! {
    /// `d[key] = value` for a small-int or str key: [`OK`], or 1 (nothing done) when
    /// it needs the interpreter. No heap object is allocated (no safepoint).
    ///
    /// # Safety
    /// `dict` is the address of a live dict, and no Rust reference to it is live.
    pub unsafe fn dict_set(dict: *mut Obj, key: u64, value: u64) -> u64 {
        // SAFETY: per the contract above.
        let ObjBody::Dict(d) = (unsafe { &mut (*dict).body }) else {
            unreachable!("dict_set on a non-dict")
        };
        let done = crate::interp::plain_dict_set(d, Value::from_bits(key), Value::from_bits(value));
        if done {
            OK
        } else {
            1
        }
    }
}

helper! {
    /// `key in d` for a small-int or str key: 0 or 1, or 2 when it needs the
    /// interpreter. No allocation, no Python code.
    ///
    /// # Safety
    /// `dict` is the address of a live dict.
    pub unsafe fn dict_contains(dict: *const Obj, key: u64) -> u64 {
        // SAFETY: per the contract above.
        let ObjBody::Dict(d) = (unsafe { &(*dict).body }) else {
            unreachable!("dict_contains on a non-dict")
        };
        match crate::interp::plain_dict_get(d, Value::from_bits(key)) {
            Some(found) => found.is_some() as u64,
            None => 2,
        }
    }
}

helper! {
    /// The truth value of `R[reg]`: [`FALSE`], [`TRUE`], or [`TRUTHY_RAISED`] (`__bool__`
    /// or `__len__` raised).
    ///
    /// # Safety
    /// As for [`step`]; `base + reg` is a register of the top frame.
    pub unsafe fn truthy(vm: *mut Vm, base: u64, reg: u64) -> u64 {
        // SAFETY: as in `step`.
        let vm = unsafe { &mut *vm };
        let v = vm.stack[(base + reg) as usize];
        match vm.truthy(v) {
            Ok(t) => t as u64,
            Err(exc) => {
                vm.jit_ctx.exception = exc.0;
                TRUTHY_RAISED
            }
        }
    }
}

helper! {
    /// The GC safepoint of a loop back-edge.
    ///
    /// # Safety
    /// As for [`step`].
    pub unsafe fn safepoint(vm: *mut Vm) -> u64 {
        // SAFETY: as in `step`.
        let vm = unsafe { &mut *vm };
        vm.safepoint();
        OK
    }
}
