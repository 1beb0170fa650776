//! Containers, iteration and globals: list and tuple items (with their address and
//! length read once per loop where they cannot change), `for` over ranges, lists and
//! tuples, `list.append`, global loads.

use super::{Translator, I64};
use crate::bytecode::{Instr, Reg};
use crate::interp::{FB_INT, FB_LIST, FB_RANGE_ITER};
use crate::jit::analysis::{loop_region, Out};
use crate::jit::exit::DeoptReason;
use crate::jit::helpers;
use crate::jit::layout::layout;
use crate::jit::offsets;
use crate::jit::types::{Item, Iter, Ty};

use crate::runtime::value::Value;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, Value as IrValue};
use cranelift_frontend::Variable;
use std::collections::HashSet;

impl Translator<'_> {
    /// The address and length of the items of the list or tuple at heap address `p`.
    fn seq_items(&mut self, p: IrValue, kind: Ty) -> (IrValue, IrValue) {
        let l = layout();
        let (ptr_at, len_at) = if kind == Ty::List {
            (l.list_ptr, l.list_len)
        } else {
            (l.tuple_ptr, l.tuple_len)
        };
        let items = self.b.ins().load(I64, Self::flags(), p, ptr_at);
        let len = self.b.ins().load(I64, Self::flags(), p, len_at);
        (items, len)
    }

    /// Chooses the loops whose loop-invariant lists and tuples are indexed with
    /// their items' address and length read where the loop is entered (and again
    /// after anything that may change a list: a helper call, a call of compiled
    /// code, an inline `append` or `pop`), rather than at every indexing: so
    /// `s += a[k] * b[k]` loads two words per iteration, not six. A register
    /// qualifies in an innermost loop of plain instructions ([`is_plain`]) that
    /// never writes it, has it a list or a tuple at its header and at every entry
    /// inside it (and live there), and indexes it.
    pub(super) fn plan_seq_hoisting(&mut self) {
        let code = self.cx.code;
        let mut headers: Vec<u32> = self.an.headers.iter().copied().collect();
        headers.sort_unstable();
        for h in headers {
            let (start, end) = loop_region(code, h);
            if !self.cx.in_region(start as usize) || !self.cx.in_region(end as usize) {
                continue;
            }
            let Some(at_header) = &self.an.block_types[h as usize] else {
                continue;
            };
            // Only innermost loops of plain arithmetic, indexing and calls: anything
            // else likely calls helpers, after each of which the lists are read
            // again.
            let plain = (start..=end).all(|pc| {
                (pc == start || !self.an.headers.contains(&pc))
                    && is_plain(&code.instrs[pc as usize])
            });
            if !plain {
                continue;
            }
            let Some(invariant) = self.an.invariant.get(&h) else {
                continue;
            };
            let indexed: HashSet<Reg> = code.instrs[start as usize..=end as usize]
                .iter()
                .filter_map(|i| match *i {
                    Instr::GetItem { obj, .. } | Instr::SetItem { obj, .. } => Some(obj),
                    _ => None,
                })
                .collect();
            let entries_inside: Vec<u32> = self
                .an
                .entries
                .iter()
                .copied()
                .filter(|&e| start < e && e <= end)
                .collect();
            let is_seq = |t: Ty| matches!(t, Ty::List | Ty::Tuple);
            // The loop's own range iterator: its position is kept in a variable.
            let range_iter = match code.instrs[start as usize] {
                Instr::ForIter { iter, .. } if at_header[iter as usize] == Ty::RangeIter => {
                    Some(iter)
                }
                _ => None,
            };
            let mut regs: Vec<Reg> = invariant
                .iter()
                .filter(|r| {
                    (indexed.contains(r) && is_seq(at_header[*r as usize]))
                        || Some(*r) == range_iter
                })
                .filter(|&r| {
                    entries_inside.iter().all(|&e| {
                        self.an.live.live_in[e as usize].contains(r)
                            && self.an.block_types[e as usize]
                                .as_ref()
                                .is_some_and(|t| t[r as usize] == at_header[r as usize])
                    })
                })
                .collect();
            regs.sort_unstable();
            if regs.is_empty() {
                continue;
            }
            for &r in &regs {
                if Some(r) == range_iter {
                    self.range_pos[r as usize] = true;
                } else if self.seq_vars[r as usize].is_none() {
                    let vars = (self.b.declare_var(I64), self.b.declare_var(I64));
                    self.seq_vars[r as usize] = Some(vars);
                }
            }
            self.hoisted.push(((start, end), regs));
        }
    }

    /// The hoisted registers of the loop with header `header`, if it has some.
    pub(super) fn hoisted_at_header(&self, header: usize) -> Option<Vec<Reg>> {
        self.hoisted
            .iter()
            .find(|((start, _), _)| *start as usize == header)
            .map(|(_, regs)| regs.clone())
    }

    /// The registers hoisted by the loops around `pc` (whose variables are defined
    /// wherever `pc` is reached).
    pub(super) fn hoisted_around(&self, pc: usize) -> Vec<Reg> {
        let mut regs: Vec<Reg> = self
            .hoisted
            .iter()
            .filter(|((start, end), _)| (*start as usize..=*end as usize).contains(&pc))
            .flat_map(|(_, regs)| regs.iter().copied())
            .collect();
        regs.sort_unstable();
        regs.dedup();
        regs
    }

    /// Reads the items' address and length of the lists and tuples in `regs` into
    /// their variables.
    /// and the position of the range iterators in `regs` into its variable.
    pub(super) fn load_seq_vars(&mut self, regs: &[Reg]) {
        for &r in regs {
            let kind = self.cur[r as usize];
            match (kind, self.seq_vars[r as usize]) {
                (Ty::List | Ty::Tuple, Some((items_var, len_var))) => {
                    let p = self.ptr(r);
                    let (items, len) = self.seq_items(p, kind);
                    self.b.def_var(items_var, items);
                    self.b.def_var(len_var, len);
                }
                (Ty::RangeIter, _) if self.range_pos[r as usize] => {
                    let p = self.ptr(r);
                    let next = self
                        .b
                        .ins()
                        .load(I64, Self::flags(), p, layout().range_next);
                    self.b.def_var(self.range_vars[r as usize].next, next);
                }
                _ => {}
            }
        }
    }

    /// After code that may have changed a list or advanced an iterator (through
    /// another reference to it): reads again the hoisted lists and range positions
    /// around the current instruction (a tuple never changes).
    pub(super) fn reload_seq_vars(&mut self) {
        if self.hoisted.is_empty() || !self.in_instruction {
            return;
        }
        let changing: Vec<Reg> = self
            .hoisted_around(self.pc)
            .into_iter()
            .filter(|&r| matches!(self.cur[r as usize], Ty::List | Ty::RangeIter))
            .collect();
        self.load_seq_vars(&changing);
    }

    /// The variable holding the position of range iterator `r` here, if the loop
    /// around keeps it in one (see [`Self::plan_seq_hoisting`]).
    fn hoisted_range_pos(&self, r: Reg) -> Option<Variable> {
        if !self.range_pos[r as usize] || self.cur[r as usize] != Ty::RangeIter {
            return None;
        }
        let pc = self.pc;
        self.hoisted
            .iter()
            .any(|((start, end), regs)| {
                (*start as usize..=*end as usize).contains(&pc) && regs.contains(&r)
            })
            .then_some(self.range_vars[r as usize].next)
    }

    /// The variables of `r`'s items' address and length, if they hold them here.
    pub(super) fn hoisted_seq(&self, r: Reg) -> Option<(Variable, Variable)> {
        let vars = self.seq_vars[r as usize]?;
        let pc = self.pc;
        self.hoisted
            .iter()
            .any(|((start, end), regs)| {
                (*start as usize..=*end as usize).contains(&pc) && regs.contains(&r)
            })
            .then_some(vars)
    }

    /// The address of item `i` (negative counts from the end) of `len` at `items`;
    /// jumps to `outside` when it is out of range.
    fn item_address(
        &mut self,
        items: IrValue,
        len: IrValue,
        i: IrValue,
        outside: Block,
    ) -> IrValue {
        // A non-negative index in range passes one unsigned comparison; a negative
        // one (as an unsigned number, never below `len`) is wrapped on a cold path.
        let (inside, negative) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(negative);
        let index = self.b.append_block_param(inside, I64);
        let ok = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        self.b.ins().brif(ok, inside, &[i.into()], negative, &[]);
        self.enter_sealed(negative);
        // -len <= i < 0 gives 0 <= i + len < len; i >= len stays at least len.
        let wrapped = self.b.ins().iadd(i, len);
        let ok = self.b.ins().icmp(IntCC::UnsignedLessThan, wrapped, len);
        self.b
            .ins()
            .brif(ok, inside, &[wrapped.into()], outside, &[]);
        self.enter_sealed(inside);
        let offset = self.b.ins().ishl_imm_s(index, 3);
        self.b.ins().iadd(items, offset)
    }

    /// For a `Generic` site: the address of `R[obj][R[key]]` if `R[obj]` is a list and
    /// `R[key]` an in-range small int, else jumps to `slow`.
    fn generic_list_item(&mut self, obj: Reg, key: Reg, slow: Block) -> IrValue {
        let o = self.boxed(obj);
        let k = self.boxed(key);
        self.check_type(o, Ty::List, slow);
        let p = self.payload(o);
        self.check_type(k, Ty::Int, slow);
        self.record(u16::from_le_bytes([FB_LIST, FB_INT]));
        let i = self.untag_int(k);
        let (items, len) = self.seq_items(p, Ty::List);
        self.item_address(items, len, i, slow)
    }

    /// For a `Seq` site: guards `R[obj]` and `R[key]`, then the address of the item.
    /// An index out of range deopts: the interpreter raises the IndexError (no slow
    /// path here, so no helper call and no code after it).
    fn seq_item(&mut self, kind: Ty, obj: Reg, key: Reg) -> IrValue {
        self.stress();
        self.guard_regs(&[(obj, kind), (key, Ty::Int)]);
        let outside = self.deopt_block(DeoptReason::Unhandled);
        let i = self.int(key);
        let (items, len) = match self
            .hoisted_seq(obj)
            .filter(|_| self.cur[obj as usize] == kind)
        {
            Some((items, len)) => (self.b.use_var(items), self.b.use_var(len)),
            None => {
                let p = self.ptr(obj);
                self.seq_items(p, kind)
            }
        };
        self.item_address(items, len, i, outside)
    }

    /// `R[dst] := R[obj][R[key]]`; an index out of range (IndexError) and, at a
    /// `Generic` site, anything but a list and a small int go to the interpreter.
    pub(super) fn get_item(&mut self, item: Item, dst: Reg, obj: Reg, key: Reg) {
        if let Item::Seq(kind) = item {
            let addr = self.seq_item(kind, obj, key);
            let v = self.b.ins().load(I64, Self::flags(), addr, 0);
            self.set_boxed(dst, v, Ty::Any);
            return;
        }
        let (slow, done) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        self.b.append_block_param(done, I64);
        let v = match item {
            Item::Seq(_) => unreachable!("inline above"),
            Item::Str => self.str_char(obj, key, slow),
            Item::Dict => {
                let (p, k) = self.dict_operands(obj, key);
                let f = helpers::dict_get as *const () as usize;
                let v = self.call(self.sigs.args2, f, &[p, k]);
                let missing =
                    self.b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, v, Value::UNBOUND.bits() as i64);
                let found = self.b.create_block();
                self.b.ins().brif(missing, slow, &[], found, &[]);
                self.enter_sealed(found);
                v
            }
            Item::Generic => {
                self.stress();
                let addr = self.generic_list_item(obj, key, slow);
                self.b.ins().load(I64, Self::flags(), addr, 0)
            }
        };
        self.b.ins().jump(done, &[v.into()]);
        self.enter_sealed(slow);
        self.interpreter_path(dst, done, false);
        self.enter_sealed(done);
        let v = self.b.block_params(done)[0];
        self.set_boxed(dst, v, Ty::Any);
    }

    /// `R[obj][R[key]] := R[src]`, inline for a list and an in-range small int.
    pub(super) fn set_item(&mut self, item: Item, obj: Reg, key: Reg, src: Reg) {
        if let Item::Seq(kind) = item {
            let addr = self.seq_item(kind, obj, key);
            let v = self.boxed(src);
            self.b.ins().store(Self::flags(), v, addr, 0);
            return;
        }
        let (slow, done) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        match item {
            Item::Dict => {
                let (p, k) = self.dict_operands(obj, key);
                let v = self.boxed(src);
                let f = helpers::dict_set as *const () as usize;
                let status = self.call(self.sigs.args3, f, &[p, k, v]);
                self.b.ins().brif(status, slow, &[], done, &[]);
            }
            Item::Str => unreachable!("strs are immutable: no inline store"),
            Item::Seq(_) => unreachable!("inline above"),
            Item::Generic => {
                self.stress();
                let addr = self.generic_list_item(obj, key, slow);
                let v = self.boxed(src);
                self.b.ins().store(Self::flags(), v, addr, 0);
                self.b.ins().jump(done, &[]);
            }
        }
        self.enter_sealed(slow);
        let saved = self.cur.clone();
        self.step();
        self.b.ins().jump(done, &[]);
        self.cur = saved;
        self.enter_sealed(done);
    }

    /// `R[obj][R[key]]` for a str and a small int (guarded): the one-character str
    /// of an ASCII str from the VM's cache; non-ASCII strs and indexes out of range
    /// go to `slow`.
    fn str_char(&mut self, obj: Reg, key: Reg, slow: Block) -> IrValue {
        let l = layout();
        self.stress();
        self.guard_regs(&[(obj, Ty::Str), (key, Ty::Int)]);
        let s = self.boxed(obj);
        let p = self.payload(s);
        let i = self.int(key);
        let chars = self.b.ins().load(I64, Self::flags(), p, l.str_char_len);
        let bytes = self.b.ins().load(I64, Self::flags(), p, l.str_text_len);
        let ascii = self.b.ins().icmp(IntCC::Equal, chars, bytes);
        let is_ascii = self.b.create_block();
        self.b.ins().brif(ascii, is_ascii, &[], slow, &[]);
        self.enter_sealed(is_ascii);
        let text = self.b.ins().load(I64, Self::flags(), p, l.str_text_ptr);
        let wrapped = self.b.ins().iadd(i, bytes);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let i = self.b.ins().select(neg, wrapped, i);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, i, bytes);
        let fetch = self.b.create_block();
        self.b.ins().brif(inside, fetch, &[], slow, &[]);
        self.enter_sealed(fetch);
        let addr = self.b.ins().iadd(text, i);
        let byte = self.b.ins().uload8(I64, Self::flags(), addr, 0);
        let cache = self
            .b
            .ins()
            .load(I64, Self::flags(), self.vm, offsets::CHAR_CACHE);
        let offset = self.b.ins().ishl_imm_s(byte, 3);
        let at = self.b.ins().iadd(cache, offset);
        self.b.ins().load(I64, Self::flags(), at, 0)
    }

    /// The heap address of the dict `R[obj]` (guarded) and the boxed `R[key]`.
    fn dict_operands(&mut self, obj: Reg, key: Reg) -> (IrValue, IrValue) {
        self.stress();
        self.guard_reg(obj, Ty::Dict);
        let d = self.boxed(obj);
        let p = self.payload(d);
        let k = self.boxed(key);
        (p, k)
    }

    /// `R[dst] := R[a] in R[b]` (or `not in`) for a dict `R[b]`: a small-int or str key
    /// by a helper, others by the interpreter.
    pub(super) fn contains_dict(&mut self, dst: Reg, a: Reg, b: Reg, negate: bool) {
        let (p, k) = self.dict_operands(b, a);
        let f = helpers::dict_contains as *const () as usize;
        let r = self.call(self.sigs.args2, f, &[p, k]);
        let (decided, slow, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.set_cold_block(slow);
        self.b.append_block_param(done, I64);
        let undecided = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
        self.b.ins().brif(undecided, slow, &[], decided, &[]);
        self.enter_sealed(decided);
        let truth = if negate {
            self.b.ins().bxor_imm_s(r, 1)
        } else {
            r
        };
        let v = self.b.ins().bor_imm_s(truth, Value::FALSE.bits() as i64);
        self.b.ins().jump(done, &[v.into()]);
        self.enter_sealed(slow);
        self.interpreter_path(dst, done, false);
        self.enter_sealed(done);
        let v = self.b.block_params(done)[0];
        self.set_boxed(dst, v, Ty::Bool);
    }

    /// `R[dst..dst+count] := R[src]` for a tuple or list (guarded) of that length;
    /// another length (the ValueError) by the interpreter.
    pub(super) fn unpack(&mut self, kind: Ty, dst: Reg, src: Reg, count: u16) {
        self.stress();
        self.guard_reg(src, kind);
        let p = self.ptr(src);
        let (items, len) = self.seq_items(p, kind);
        let (fits, slow, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.set_cold_block(slow);
        let exact = self.b.ins().icmp_imm_s(IntCC::Equal, len, count as i64);
        self.b.ins().brif(exact, fits, &[], slow, &[]);
        self.enter_sealed(fits);
        let values: Vec<IrValue> = (0..count)
            .map(|i| self.b.ins().load(I64, Self::flags(), items, i as i32 * 8))
            .collect();
        for (i, v) in values.into_iter().enumerate() {
            self.set_boxed(dst + i as Reg, v, Ty::Any);
        }
        self.b.ins().jump(done, &[]);
        self.enter_sealed(slow);
        let saved = self.cur.clone();
        self.step();
        // The interpreter raises (a length that does not match): never falls through.
        self.b.ins().jump(done, &[]);
        self.cur = saved;
        for i in 0..count {
            self.cur[(dst + i) as usize] = Ty::Any;
        }
        self.enter_sealed(done);
    }

    /// `R[dst] := next(R[iter])`, or to `target` when the iterator is exhausted.
    pub(super) fn for_iter(&mut self, it: Iter, dst: Reg, iter: Reg, target: usize, out: &Out) {
        let pc = self.pc;
        let taken_types = out.taken.clone().expect("ForIter has an exhausted edge");
        self.stress();
        match it {
            Iter::Range => {
                self.guard_reg(iter, Ty::RangeIter);
                // The iterator's `next` is written at its address. An innermost
                // loop that keeps it in a variable (which, with the store, spares
                // the next iteration's load waiting for the store) keeps its stop
                // and step in variables too; other loops read all three where they
                // use them: kept in registers, they would take registers from the
                // loops inside through all their iterations.
                let p = self.ptr(iter);
                let more = self.b.create_block();
                let pos = self.hoisted_range_pos(iter);
                let (has_more, next, step) = match pos {
                    Some(var) => {
                        let next = self.b.use_var(var);
                        let step = self.b.use_var(self.range_vars[iter as usize].step);
                        (self.range_has_more(iter, next), next, step)
                    }
                    None => self.range_state(p),
                };
                let exhausted = self.edge_with(target, &taken_types);
                self.b.ins().brif(has_more, more, &[], exhausted, &[]);
                self.fill_edges();
                self.enter_sealed(more);
                let advanced = self.range_advance(p, (next, step));
                if let Some(var) = pos {
                    self.b.def_var(var, advanced);
                }
                self.set_int(dst, next);
                self.dirty.insert(dst);
                self.jump(pc + 1);
            }
            Iter::Seq => {
                self.guard_reg(iter, Ty::SeqIter);
                let slow = self.b.create_block();
                self.b.set_cold_block(slow);
                let v = self.boxed(iter);
                let item = self.seq_next(v, slow);
                self.set_boxed(dst, item, Ty::Any);
                self.dirty.insert(dst);
                self.jump(pc + 1);
                // Exhausted (or no longer over a list or tuple): the interpreter
                // finishes the iterator.
                self.enter_sealed(slow);
                self.cur = taken_types.clone();
                self.cur[iter as usize] = Ty::SeqIter;
                self.generic_for_iter_step(dst, target, &taken_types);
            }
            Iter::Generic => {
                let slow = self.b.create_block();
                let v = self.boxed(iter);
                self.check_type(v, Ty::RangeIter, slow);
                let p = self.payload(v);
                let more = self.b.create_block();
                let (has_more, next, step) = self.range_state(p);
                self.b.ins().brif(has_more, more, &[], slow, &[]);
                self.enter_sealed(more);
                self.record(FB_RANGE_ITER as u16);
                self.range_advance(p, (next, step));
                let boxed = self.tag_int(next);
                self.set_boxed(dst, boxed, Ty::Any);
                self.dirty.insert(dst);
                self.jump(pc + 1);
                self.enter_sealed(slow);
                self.cur = taken_types.clone();
                self.generic_for_iter_step(dst, target, &taken_types);
            }
        }
    }

    /// The slow path of `ForIter`: the interpreter takes the next item (or finds the
    /// iterator exhausted); then the branch on what it did.
    fn generic_for_iter_step(&mut self, dst: Reg, target: usize, taken_types: &[Ty]) {
        let pc = self.pc;
        let status = self.step();
        let branched = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, status, helpers::BRANCHED as i64);
        let got = self.b.create_block();
        let exhausted = self.edge_with(target, taken_types);
        self.b.ins().brif(branched, exhausted, &[], got, &[]);
        self.fill_edges();
        self.enter_sealed(got);
        if self.an.live.live_out[pc].contains(dst) {
            let v = self.frame_load(dst);
            self.set_boxed(dst, v, Ty::Any);
        }
        self.jump(pc + 1);
    }

    /// The edge to `target` from the current point with the register types `types`.
    fn edge_with(&mut self, target: usize, types: &[Ty]) -> Block {
        let saved = std::mem::replace(&mut self.cur, types.to_vec());
        let e = self.edge(target);
        self.cur = saved;
        e
    }

    /// Reads the stop and step of the range iterator at heap address `p` into
    /// `r`'s range variables.
    pub(super) fn load_range_vars(&mut self, r: Reg, p: IrValue) {
        let l = layout();
        let vars = self.range_vars[r as usize];
        let stop = self.b.ins().load(I64, Self::flags(), p, l.range_stop);
        let step = self.b.ins().load(I64, Self::flags(), p, l.range_step);
        let dir = self.b.ins().sshr_imm_s(step, 63);
        let bound = self.b.ins().bxor(stop, dir);
        self.b.def_var(vars.bound, bound);
        self.b.def_var(vars.dir, dir);
        self.b.def_var(vars.step, step);
    }

    /// Whether the range iterator in `r` (type `RangeIter`) yields `next`: `next <
    /// stop` counting up, `next > stop` counting down, as one comparison:
    /// `next ^ dir < stop ^ dir`, where `dir` is 0 counting up and -1 (all ones)
    /// counting down, and `x ^ -1 = -x - 1` reverses the order.
    fn range_has_more(&mut self, r: Reg, next: IrValue) -> IrValue {
        let vars = self.range_vars[r as usize];
        let bound = self.b.use_var(vars.bound);
        let dir = self.b.use_var(vars.dir);
        let oriented = self.b.ins().bxor(next, dir);
        self.b.ins().icmp(IntCC::SignedLessThan, oriented, bound)
    }

    /// The state of the range iterator at heap address `p`: whether it has another
    /// value, its next value and its step.
    fn range_state(&mut self, p: IrValue) -> (IrValue, IrValue, IrValue) {
        let l = layout();
        let next = self.b.ins().load(I64, Self::flags(), p, l.range_next);
        let stop = self.b.ins().load(I64, Self::flags(), p, l.range_stop);
        let step = self.b.ins().load(I64, Self::flags(), p, l.range_step);
        let up = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
        let below = self.b.ins().icmp(IntCC::SignedLessThan, next, stop);
        let above = self.b.ins().icmp(IntCC::SignedGreaterThan, next, stop);
        (self.b.ins().select(up, below, above), next, step)
    }

    /// Advances the range iterator at `p` past `next` (which exists) by `step`;
    /// returns its new position. No check is needed: a range iterator's bounds and
    /// step are small ints (see `IterState::Range`).
    fn range_advance(&mut self, p: IrValue, (next, step): (IrValue, IrValue)) -> IrValue {
        let advanced = self.b.ins().iadd(next, step);
        self.b
            .ins()
            .store(Self::flags(), advanced, p, layout().range_next);
        advanced
    }

    /// The next item of the sequence iterator `it` (boxed) if it is over a list or
    /// tuple and not at its end, else jumps to `slow`.
    fn seq_next(&mut self, it: IrValue, slow: Block) -> IrValue {
        let l = layout();
        let p = self.payload(it);
        // A sequence iterator becomes `Exhausted` at its end: check the state.
        let state = self.b.ins().uload8(I64, Self::flags(), p, l.iter_state_tag);
        let is_seq = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, state, l.seq_tag as i64);
        let (seq_ok, list, not_list, tuple, fetch) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(fetch, I64);
        self.b.append_block_param(fetch, I64);
        self.b.ins().brif(is_seq, seq_ok, &[], slow, &[]);
        self.enter_sealed(seq_ok);
        let seq = self.b.ins().load(I64, Self::flags(), p, l.seq_seq);
        let s = self.payload(seq);
        let tag = self.b.ins().uload8(I64, Self::flags(), s, l.body_tag);
        let is_list = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, tag, l.list_tag as i64);
        self.b.ins().brif(is_list, list, &[], not_list, &[]);
        self.enter_sealed(list);
        let (items, len) = self.seq_items(s, Ty::List);
        self.b
            .ins()
            .jump(fetch, &[BlockArg::Value(items), BlockArg::Value(len)]);
        self.enter_sealed(not_list);
        let is_tuple = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, tag, l.tuple_tag as i64);
        self.b.ins().brif(is_tuple, tuple, &[], slow, &[]);
        self.enter_sealed(tuple);
        let (items, len) = self.seq_items(s, Ty::Tuple);
        self.b
            .ins()
            .jump(fetch, &[BlockArg::Value(items), BlockArg::Value(len)]);
        self.enter_sealed(fetch);
        let (items, len) = (self.b.block_params(fetch)[0], self.b.block_params(fetch)[1]);
        let index = self.b.ins().load(I64, Self::flags(), p, l.seq_index);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        let got = self.b.create_block();
        self.b.ins().brif(more, got, &[], slow, &[]);
        self.enter_sealed(got);
        let offset = self.b.ins().ishl_imm_s(index, 3);
        let addr = self.b.ins().iadd(items, offset);
        let v = self.b.ins().load(I64, Self::flags(), addr, 0);
        let index1 = self.b.ins().iadd_imm_s(index, 1);
        self.b.ins().store(Self::flags(), index1, p, l.seq_index);
        v
    }

    /// `R[list].append(R[src])` on a list (guarded): inline into spare capacity, else
    /// a helper (which grows the list; it cannot collect).
    pub(super) fn append(&mut self, list: Reg, src: Reg) {
        self.stress();
        self.guard_reg(list, Ty::List);
        let l = layout();
        let flags = Self::flags();
        let p = self.ptr(list);
        let v = self.boxed(src);
        let len = self.b.ins().load(I64, flags, p, l.list_len);
        let cap = self.b.ins().load(I64, flags, p, l.list_cap);
        let room = self.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        let (fast, grow, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.set_cold_block(grow);
        self.b.ins().brif(room, fast, &[], grow, &[]);
        self.enter_sealed(fast);
        let items = self.b.ins().load(I64, flags, p, l.list_ptr);
        let offset = self.b.ins().ishl_imm_s(len, 3);
        let addr = self.b.ins().iadd(items, offset);
        self.b.ins().store(flags, v, addr, 0);
        let len1 = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(flags, len1, p, l.list_len);
        self.reload_seq_vars();
        self.b.ins().jump(done, &[]);
        self.enter_sealed(grow);
        let f = helpers::list_append as *const () as usize;
        let sig = self.sigs.args2;
        self.call(sig, f, &[p, v]);
        self.b.ins().jump(done, &[]);
        self.enter_sealed(done);
    }

    /// `R[dst] := R[recv].pop()` on a list (guarded), inline; an empty list (the
    /// IndexError) by the interpreter.
    pub(super) fn list_pop(&mut self, dst: Reg, recv: Reg) {
        self.stress();
        self.guard_reg(recv, Ty::List);
        let l = layout();
        let flags = Self::flags();
        let p = self.ptr(recv);
        let len = self.b.ins().load(I64, flags, p, l.list_len);
        let (take, empty, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(done, I64);
        self.b.set_cold_block(empty);
        self.b.ins().brif(len, take, &[], empty, &[]);
        self.enter_sealed(take);
        let len1 = self.b.ins().iadd_imm_s(len, -1);
        let items = self.b.ins().load(I64, flags, p, l.list_ptr);
        let offset = self.b.ins().ishl_imm_s(len1, 3);
        let addr = self.b.ins().iadd(items, offset);
        let v = self.b.ins().load(I64, flags, addr, 0);
        self.b.ins().store(flags, len1, p, l.list_len);
        self.reload_seq_vars();
        self.b.ins().jump(done, &[v.into()]);
        self.enter_sealed(empty);
        let unbound = self.b.ins().iconst(I64, Value::UNBOUND.bits() as i64);
        self.b.ins().jump(done, &[unbound.into()]);
        self.enter_sealed(done);
        let v = self.b.block_params(done)[0];
        self.method_result(dst, v, None);
    }

    /// `R[dst] := R[recv].get(key[, default])` on a dict (guarded): a small-int or
    /// str key by a helper, others by the interpreter.
    pub(super) fn dict_get_method(&mut self, dst: Reg, recv: Reg, argc: u16) {
        self.stress();
        self.guard_reg(recv, Ty::Dict);
        let d = self.boxed(recv);
        let p = self.payload(d);
        let key = self.boxed(recv + 1);
        let f = helpers::dict_lookup as *const () as usize;
        let v = self.call(self.sigs.args2, f, &[p, key]);
        let default = if argc == 2 {
            self.boxed(recv + 2)
        } else {
            self.b.ins().iconst(I64, Value::NONE.bits() as i64)
        };
        self.method_result(dst, v, Some(default));
    }

    /// The result `v` of an inline method helper: `UNBOUND` means "missing" (the
    /// `missing` value, or the interpreter's error when there is none), `UNDECIDED`
    /// means the interpreter must do it.
    fn method_result(&mut self, dst: Reg, v: IrValue, missing: Option<IrValue>) {
        let (slow, done) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        self.b.append_block_param(done, I64);
        let undecided = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, v, helpers::UNDECIDED as i64);
        let decided = self.b.create_block();
        self.b.ins().brif(undecided, slow, &[], decided, &[]);
        self.enter_sealed(decided);
        let absent = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, v, Value::UNBOUND.bits() as i64);
        match missing {
            Some(m) => {
                let r = self.b.ins().select(absent, m, v);
                self.b.ins().jump(done, &[r.into()]);
            }
            None => {
                self.b.ins().brif(absent, slow, &[], done, &[v.into()]);
            }
        }
        self.enter_sealed(slow);
        self.interpreter_path(dst, done, true);
        self.enter_sealed(done);
        let r = self.b.block_params(done)[0];
        self.set_boxed(dst, r, Ty::Any);
    }

    /// The address of `vm.globals`, a constant: the table is sized by `Vm::new` and
    /// never resized (`JitContext::globals` holds the same address), and compiled
    /// code does not outlive the VM.
    pub(super) fn globals_table(&mut self) -> IrValue {
        let at = self.env.global_values.as_ptr() as i64;
        self.b.ins().iconst(I64, at)
    }

    /// `R[dst] := G[slot]`, or the builtin of that name; the interpreter raises the
    /// NameError.
    pub(super) fn load_global(&mut self, dst: Reg, slot: u16) {
        let unbound = Value::UNBOUND.bits() as i64;
        if let Some(known) = self.cx.fixed_global(slot) {
            // Its value for good: a constant of its type, as the analysis has it
            // (kept alive with the code, though the global holds it too).
            self.constants.push(known);
            self.set_constant(dst, known);
            return;
        }
        let bound_now = self
            .env
            .global_values
            .get(slot as usize)
            .is_some_and(|g| !g.is_unbound());
        let globals = self.globals_table();
        let v = self
            .b
            .ins()
            .load(I64, Self::flags(), globals, slot as i32 * 8);
        if let Some(known) = self.global_call_guard(self.pc) {
            // The function the next call calls: one comparison checks the global
            // bound and the callee both.
            let same = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, v, known.bits() as i64);
            self.constants.push(known);
            self.guard(same, DeoptReason::TypeGuard);
            self.set_boxed(dst, v, Ty::Any);
            return;
        }
        if bound_now && !self.env.deleted_globals[slot as usize] {
            // Bound now, and no code deletes it: bound for good.
            self.set_boxed(dst, v, Ty::Any);
            return;
        }
        if bound_now && !self.site().despecialized {
            // A module global bound now stays bound: deleting it is rare enough to
            // deopt for (the interpreter then looks in the builtins).
            let bound = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, unbound);
            self.guard(bound, DeoptReason::Unhandled);
            self.set_boxed(dst, v, Ty::Any);
            return;
        }
        let missing = self.b.ins().icmp_imm_s(IntCC::Equal, v, unbound);
        let (try_builtin, slow, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.set_cold_block(slow);
        self.b.append_block_param(done, I64);
        self.b
            .ins()
            .brif(missing, try_builtin, &[], done, &[v.into()]);
        self.enter_sealed(try_builtin);
        let fallback = self
            .b
            .ins()
            .load(I64, Self::flags(), self.vm, offsets::BUILTIN_FALLBACK);
        let v = self
            .b
            .ins()
            .load(I64, Self::flags(), fallback, slot as i32 * 8);
        let missing = self.b.ins().icmp_imm_s(IntCC::Equal, v, unbound);
        if self.site().despecialized {
            self.b.ins().brif(missing, slow, &[], done, &[v.into()]);
            self.enter_sealed(slow);
            self.interpreter_path(dst, done, false);
        } else {
            // A name bound nowhere: the interpreter raises the NameError.
            let exit = self.deopt_block(DeoptReason::Unhandled);
            self.b.ins().brif(missing, exit, &[], done, &[v.into()]);
        }
        self.enter_sealed(done);
        let v = self.b.block_params(done)[0];
        self.set_boxed(dst, v, Ty::Any);
    }
}

/// Whether `instr` is arithmetic, a comparison, a jump, a `range` or sequence step,
/// indexing, a global load or a call (whose callee may be inlined, as
/// `spectral_norm`'s `a(i, j)`): what a loop may hold for
/// [`Translator::plan_seq_hoisting`]. Its correctness does not depend on this list:
/// whatever calls a helper or compiled code reads the lists again after it.
fn is_plain(instr: &Instr) -> bool {
    use Instr::*;
    matches!(
        instr,
        Move { .. }
            | LoadConst { .. }
            | LoadInt { .. }
            | Add { .. }
            | Sub { .. }
            | Mul { .. }
            | TrueDiv { .. }
            | FloorDiv { .. }
            | Mod { .. }
            | LShift { .. }
            | RShift { .. }
            | BitAnd { .. }
            | BitOr { .. }
            | BitXor { .. }
            | AddInt { .. }
            | SubInt { .. }
            | Inplace { .. }
            | Neg { .. }
            | Not { .. }
            | Eq { .. }
            | Ne { .. }
            | Lt { .. }
            | Le { .. }
            | Gt { .. }
            | Ge { .. }
            | Jump { .. }
            | JumpIfFalse { .. }
            | JumpIfTrue { .. }
            | BranchCompare { .. }
            | ForIter { .. }
            | GetItem { .. }
            | SetItem { .. }
            | LoadGlobal { .. }
            | Call { .. }
    )
}
