//! Calls. A call of a Python function that the type feedback says is always the same
//! plain function, already compiled, is made inline: compiled code checks the
//! callee (by address, when it was loaded from a global that held that function at
//! compile time; the code keeps the object alive as a constant, see
//! `Compiled::constants`), pushes its frame onto the interpreter's frame stack
//! itself (resetting only its named registers), and calls the
//! callee's machine code directly; a callee that deopts or raises is finished by
//! [`helpers::finish_call`]. Before that, the start of the callee that only computes
//! on numbers runs inline (`inline.rs`), so a base case returns without the call.
//! Other calls go through [`helpers::call`] (which still runs compiled callees
//! directly) or, for `len` of a list, tuple or str, are inline.

use super::{Translator, I64};
use crate::bytecode::{Instr, Reg};
use crate::interp::FB_CALLEES;
use crate::jit::exit::DeoptReason;
use crate::jit::helpers;
use crate::jit::layout::layout;
use crate::jit::offsets;
use crate::jit::types::Ty;
use crate::runtime::object::ObjBody;
use crate::runtime::value::Value;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{Block, InstBuilder, Value as IrValue};

impl Translator<'_> {
    /// The global slot `R[func]` at the current pc was loaded from within this block.
    fn loaded_global_slot(&self, func: Reg) -> Option<u32> {
        self.loaded_global_at(func).map(|(_, slot)| slot)
    }

    /// The pc and slot of the `LoadGlobal` that loaded `R[func]` within this block.
    fn loaded_global_at(&self, func: Reg) -> Option<(usize, u32)> {
        let code = self.code();
        for pc in (0..self.pc).rev() {
            match code.instrs[pc] {
                Instr::LoadGlobal { dst, slot } if dst == func => return Some((pc, slot as u32)),
                i if crate::jit::analysis::defs(&i).contains(&func) => return None,
                _ => {}
            }
            if self.an.leader[pc] {
                return None;
            }
        }
        None
    }

    /// Whether `R[func]` at the current pc was loaded from the global `name` within
    /// this block (so a call through it is very likely a call of that builtin).
    fn loaded_global(&self, func: Reg, name: &str) -> bool {
        self.loaded_global_slot(func)
            .is_some_and(|slot| self.env.global_names[slot as usize] == name)
    }

    /// The function object of code `callee` that the global `R[func]` was loaded from
    /// holds now: a global function called by name (recursion included) is almost
    /// always still that object, which is then the whole callee check.
    fn known_function(&self, func: Reg, callee: u32) -> Option<Value> {
        let slot = self.loaded_global_slot(func)?;
        let v = *self.env.global_values.get(slot as usize)?;
        match &v.as_obj()?.body {
            ObjBody::Function(f) if f.code == callee => Some(v),
            _ => None,
        }
    }

    /// The function a `LoadGlobal` at `pc` guards the global to be, rather than only
    /// bound: the function the global holds now, when the next instruction to use
    /// the loaded register, in the same block, calls it as the direct callee of
    /// its feedback. That one comparison then also checks the callee (see
    /// [`Self::check_direct_callee`]); another function in the global deopts there,
    /// and after `DESPECIALIZE_AFTER` deopts the load no longer guards.
    pub(super) fn global_call_guard(&self, pc: usize) -> Option<Value> {
        let code = self.code();
        let Instr::LoadGlobal { dst, slot } = code.instrs[pc] else {
            return None;
        };
        if self.site_at(pc).despecialized {
            return None;
        }
        let v = *self.env.global_values.get(slot as usize)?;
        let ObjBody::Function(f) = &v.as_obj()?.body else {
            return None;
        };
        for at in pc + 1..code.instrs.len() {
            if self.an.leader[at] {
                return None;
            }
            let instr = code.instrs[at];
            if let Instr::Call { func, argc, .. } = instr {
                if func == dst {
                    return (self.direct_callee_at(at, argc) == Some(f.code)).then_some(v);
                }
            }
            let codes = self.env.codes;
            if crate::jit::analysis::uses(&instr, codes).contains(&dst)
                || crate::jit::analysis::defs(&instr).contains(&dst)
            {
                return None;
            }
        }
        None
    }

    /// The code object this call always called, when it is a plain function taking
    /// exactly `argc` positional arguments (from the `Call` feedback).
    fn direct_callee(&self, argc: u16) -> Option<u32> {
        self.direct_callee_at(self.pc, argc)
    }

    /// [`Self::direct_callee`] of the call at `pc`.
    fn direct_callee_at(&self, pc: usize, argc: u16) -> Option<u32> {
        let site = self.site_at(pc);
        if site.despecialized || site.feedback == 0 || site.feedback == FB_CALLEES {
            return None;
        }
        let code = site.feedback as u32 - 1;
        (self.env.codes.get(code as usize)?.simple_arity == argc).then_some(code)
    }

    /// `R[dst] := R[func](args)`.
    pub(super) fn call_function(&mut self, dst: Reg, func: Reg, argc: u16) {
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        let generic = self.b.create_block();
        let direct = self.direct_callee(argc);
        if direct.is_some() {
            self.stress();
        }
        // Every path leaves the frame as a helper call would (the analysis counts on
        // it): spill first.
        let spills = self.helper_spills();
        self.spill(spills.iter());
        if let Some(callee) = direct {
            self.b.set_cold_block(generic);
            let direct = |t: &mut Self, len| {
                t.inline_call(dst, func, argc, callee, generic, done, Some(len));
            };
            if !self.inline_pure(func, argc, callee, generic, done, direct) {
                self.inline_call(dst, func, argc, callee, generic, done, None);
            }
        } else if argc == 1 && self.loaded_global(func, "len") {
            // Code CPython has not specialized yet calls `len` as a C function,
            // which checks a recursion level (`interp::c_levels`): near the limit,
            // the helper makes the call.
            if let Some(room) = self.c_level_room() {
                self.continue_if(room, generic);
            }
            self.inline_len(func, func + 1, generic, done);
        } else {
            self.b.ins().jump(generic, &[]);
        }
        self.enter_sealed(generic);
        let pc = self.b.ins().iconst(I64, self.pc as i64);
        let vm = self.vm;
        // What the helper needs in the frame was spilled above, before every path.
        // The helper polls the GC after a builtin it called, and a Python callee
        // polls at its start: a loop around the call needs no poll of its own.
        let status = self.call(
            self.sigs.args2,
            helpers::call as *const () as usize,
            &[vm, pc],
        );
        self.exit_if_raised(status, helpers::RAISED);
        let deep = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, status, helpers::DEOPT as i64);
        self.guard(deep, DeoptReason::DeepRecursion);
        self.reload_written();
        let v = self.b.use_var(self.boxed[dst as usize]);
        self.b.ins().jump(done, &[v.into()]);
        self.enter_sealed(done);
        let v = self.b.block_params(done)[0];
        self.set_boxed(dst, v, Ty::Any);
    }

    /// The inline call of plain function `callee` (see the module docs); anything
    /// unexpected (another callee, no compiled code yet, a full frame stack, the
    /// recursion limit) goes to `generic`, the result to `done`. With `checked`, the
    /// callee and the recursion limit were checked already, and that is the frame
    /// count. Every value the callee or the GC may need is already in the frame.
    #[allow(clippy::too_many_arguments)]
    fn inline_call(
        &mut self,
        dst: Reg,
        func: Reg,
        argc: u16,
        callee: u32,
        generic: Block,
        done: Block,
        checked: Option<IrValue>,
    ) {
        let l = layout();
        let fl = &l.frames;
        let flags = Self::flags();
        let callee_code = &self.env.codes[callee as usize];
        let (nregs, named) = (callee_code.nregs as i64, callee_code.named_regs as i64);
        let next = |t: &mut Self, ok| t.continue_if(ok, generic);

        // The callee: a function object of code `callee`, compiled.
        if checked.is_none() {
            self.check_direct_callee(func, callee, generic);
        }
        let f = self.boxed(func);
        // A recursive call calls this code itself: it is compiled, and it stays
        // correct (every speculation in it is guarded) when the entry table moves on
        // to a recompilation, which the next call from outside will run.
        let recursive = self
            .self_ref
            .filter(|_| std::ptr::eq(&self.env.codes[callee as usize], self.cx.code));
        // `Ok`: this code itself; `Err`: the callee's entry, from the table.
        let target = match recursive {
            Some(this) => Ok(this),
            None => {
                // The table's address is a constant: it is owned, like this code, by
                // the JIT, and never moves.
                let table = self.b.ins().iconst(I64, self.env.entry_table as i64);
                let entry = self.b.ins().load(I64, flags, table, callee as i32 * 8);
                let compiled = self.b.ins().icmp_imm_s(IntCC::NotEqual, entry, 0);
                next(self, compiled);
                Err(entry)
            }
        };

        // Below the recursion limit (so also room for one more frame), and registers.
        let vm = self.vm;
        let len = match checked {
            Some(len) => len,
            None => {
                let len = self.b.ins().load(I64, flags, vm, fl.frames_len);
                let limit = self.b.ins().load(I64, flags, vm, offsets::FRAME_LIMIT);
                let below = self.b.ins().icmp(IntCC::UnsignedLessThan, len, limit);
                next(self, below);
                len
            }
        };
        let new_base = self.b.ins().iadd_imm_s(self.base, func as i64 + 1);
        let end = self.b.ins().iadd_imm_s(new_base, nregs);
        let stack_len = self.b.ins().load(I64, flags, vm, fl.stack_len);
        let fits = self
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, end, stack_len);
        next(self, fits);

        // Push the frame: named registers past the arguments unbound (temporaries
        // keep what they hold, as `Vm::push_frame` leaves them), then the `Frame`.
        let unbound = self.b.ins().iconst(I64, Value::UNBOUND.bits() as i64);
        let regs = self.regs;
        for r in argc as i64..named.min(nregs) {
            let at = ((func as i64 + 1 + r) * 8) as i32;
            self.b.ins().store(flags, unbound, regs, at);
        }
        let frames = self.b.ins().load(I64, flags, vm, fl.frames_ptr);
        let offset = self.b.ins().imul_imm_s(len, fl.frame_size as i64);
        let frame = self.b.ins().iadd(frames, offset);
        let handled_base = self.b.ins().load(I64, flags, vm, fl.handled_len);
        let old_top = self.b.ins().load(I64, flags, vm, fl.stack_top);
        let none = self.b.ins().iconst(I64, Value::NONE.bits() as i64);
        let zero = self.b.ins().iconst(I64, 0);
        // `code` and `entry` (false) share a word (see `layout`): one store.
        let code_entry = self.b.ins().iconst(I64, callee as i64);
        self.b.ins().store(flags, code_entry, frame, fl.frame_code);
        self.b.ins().store(flags, new_base, frame, fl.frame_base);
        self.b.ins().store(flags, zero, frame, fl.frame_pc);
        self.b.ins().store(flags, f, frame, fl.frame_func);
        let ret = self.b.ins().iadd_imm_s(self.base, dst as i64);
        self.b.ins().store(flags, ret, frame, fl.frame_ret);
        self.b
            .ins()
            .store(flags, handled_base, frame, fl.frame_handled_base);
        self.b.ins().store(flags, none, frame, fl.frame_namespace);
        self.b.ins().store(flags, none, frame, fl.frame_generator);
        self.b
            .ins()
            .store(flags, old_top, frame, fl.frame_saved_top);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(flags, len1, vm, fl.frames_len);
        let grows = self.b.ins().icmp(IntCC::UnsignedGreaterThan, end, old_top);
        let new_top = self.b.ins().select(grows, end, old_top);
        self.b.ins().store(flags, new_top, vm, fl.stack_top);
        self.count_call();
        self.warm_up(callee_code);
        // No GC poll here: a callee that may allocate polls at its start
        // (`fill_entry_poll`), with everything live in the frame as it is now.

        let status = {
            let args = [vm, new_base, zero];
            let call = match target {
                Ok(this) => self.b.ins().call(this, &args),
                Err(entry) => self.b.ins().call_indirect(self.sigs.compiled, entry, &args),
            };
            self.b.inst_results(call)[0]
        };
        // The callee may have changed any list.
        self.reload_seq_vars();
        // A plain return is a status below 2**24 (its pc; see `exit`); any other
        // goes to `finish_call`, which also handles a return.
        let other_kind = self.b.ins().icmp_imm_s(
            IntCC::UnsignedGreaterThanOrEqual,
            status,
            crate::jit::exit::MAX_PC as i64,
        );
        let (returned, other) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(other);
        self.b.ins().brif(other_kind, other, &[], returned, &[]);

        // Returned: pop the frame as `pop_frame` does. A callee without exception
        // handlers cannot have left any handled exception behind.
        self.enter_sealed(returned);
        let v = self.b.ins().load(I64, flags, vm, offsets::RETURN_VALUE);
        self.b.ins().store(flags, len, vm, fl.frames_len);
        self.b.ins().store(flags, old_top, vm, fl.stack_top);
        if !self.env.codes[callee as usize].handlers.is_empty() {
            let handled = self.b.ins().load(I64, flags, vm, fl.handled_len);
            let handled = self.b.ins().umin(handled, handled_base);
            self.b.ins().store(flags, handled, vm, fl.handled_len);
        }
        self.b.ins().jump(done, &[v.into()]);

        // Deopted or raised: the interpreter finishes the callee.
        self.enter_sealed(other);
        let callee_v = self.b.ins().iconst(I64, callee as i64);
        let f = helpers::finish_call as *const () as usize;
        let status = self.call(self.sigs.args3, f, &[vm, status, callee_v]);
        self.exit_if_raised(status, helpers::RAISED);
        let v = self.frame_load(dst);
        self.b.ins().jump(done, &[v.into()]);
    }

    /// Adds one to `vm.stats.calls`, as the interpreter does per call, when `--stats`
    /// will print it (the code counts instructions then too).
    pub(super) fn count_call(&mut self) {
        if !self.options.count {
            return;
        }
        let (flags, at) = (Self::flags(), layout().frames.calls);
        let calls = self.b.ins().load(I64, flags, self.vm, at);
        let calls1 = self.b.ins().iadd_imm_s(calls, 1);
        self.b.ins().store(flags, calls1, self.vm, at);
    }

    /// Continues if `R[func]` is a function object of code `callee` (by address when
    /// it is the one the global it was loaded from held at compile time, which the
    /// code keeps alive as a constant), else jumps to `fail`.
    pub(super) fn check_direct_callee(&mut self, func: Reg, callee: u32, fail: Block) {
        let guarded = self
            .loaded_global_at(func)
            .and_then(|(pc, _)| self.global_call_guard(pc));
        match self.known_function(func, callee) {
            // The load guarded it to be this function (the object stays alive as
            // one of the code's constants, pushed there by the load).
            Some(known) if guarded.is_some_and(|g| g.bits() == known.bits()) => {}
            Some(known) => {
                let f = self.boxed(func);
                let same = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, f, known.bits() as i64);
                self.constants.push(known);
                self.continue_if(same, fail);
            }
            None => self.check_callee(func, callee, fail),
        }
    }

    /// Continues if `R[func]` is a function object of code `callee`, else jumps to
    /// `fail`.
    pub(super) fn check_callee(&mut self, func: Reg, callee: u32, fail: Block) {
        let l = layout();
        let flags = Self::flags();
        let f = self.boxed(func);
        let is_ptr = self.is_ptr(f);
        self.continue_if(is_ptr, fail);
        let p = self.payload(f);
        let tag = self.b.ins().uload8(I64, flags, p, l.body_tag);
        let is_fn = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, tag, l.function_tag as i64);
        self.continue_if(is_fn, fail);
        let fo = self.b.ins().load(I64, flags, p, l.function_box);
        let code = self.b.ins().uload32(flags, fo, l.function_code);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, code, callee as i64);
        self.continue_if(same, fail);
    }

    /// `len(R[arg])` if `R[func]` is the builtin `len` and the argument a list, tuple
    /// or str (jumping to `done` with the boxed length), else jumps to `generic`.
    fn inline_len(&mut self, func: Reg, arg: Reg, generic: Block, done: Block) {
        let l = layout();
        let f = self.boxed(func);
        let is_len = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, f, self.env.len_builtin as i64);
        let (len_ok, ptr_ok) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(is_len, len_ok, &[], generic, &[]);
        self.enter_sealed(len_ok);
        let v = self.boxed(arg);
        let is_ptr = self.is_ptr(v);
        self.b.ins().brif(is_ptr, ptr_ok, &[], generic, &[]);
        self.enter_sealed(ptr_ok);
        let p = self.payload(v);
        let tag = self.b.ins().uload8(I64, Self::flags(), p, l.body_tag);
        for (kind_tag, len_at) in [
            (l.list_tag, l.list_len),
            (l.tuple_tag, l.tuple_len),
            (l.str_tag, l.str_char_len),
        ] {
            let hit = self.b.ins().icmp_imm_s(IntCC::Equal, tag, kind_tag as i64);
            let (yes, no) = (self.b.create_block(), self.b.create_block());
            self.b.ins().brif(hit, yes, &[], no, &[]);
            self.enter_sealed(yes);
            let n = self.b.ins().load(I64, Self::flags(), p, len_at);
            let boxed = self.tag_int(n);
            self.b.ins().jump(done, &[boxed.into()]);
            self.enter_sealed(no);
        }
        self.b.ins().jump(generic, &[]);
    }
}
