//! The iterator protocol: `iter(v)`, `next(it)`, and collecting an iterable.

use super::error::PyResult;
use super::types::BuiltinType;
use super::Vm;
use crate::runtime::object::{DictIter, DictViewKind, IterObj, IterState, ObjBody, WideRangeIter};
use crate::runtime::value::Value;

impl Vm {
    pub fn new_iter(&mut self, state: IterState) -> Value {
        self.heap.alloc(ObjBody::Iter(IterObj { state }))
    }

    pub fn is_iterable(&self, v: Value) -> bool {
        match v.as_obj().map(|o| &o.body) {
            Some(
                ObjBody::Str(_)
                | ObjBody::List(_)
                | ObjBody::Tuple(_)
                | ObjBody::Dict(_)
                | ObjBody::Set(_)
                | ObjBody::Range(_)
                | ObjBody::Iter(_)
                | ObjBody::Generator(_)
                | ObjBody::DictView(_),
            ) => true,
            Some(ObjBody::Instance(inst)) => {
                let class = inst.class;
                ["__iter__", "__getitem__"]
                    .iter()
                    .any(|n| self.interned_lookup(class, n))
            }
            _ => false,
        }
    }

    /// `iter(v)`
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let Some(obj) = v.as_obj() else {
            return Err(self.not_iterable(v));
        };
        let state = match &obj.body {
            ObjBody::List(_) | ObjBody::Tuple(_) => IterState::Seq { seq: v, index: 0 },
            ObjBody::Str(s) => {
                if s.is_ascii() {
                    IterState::Seq { seq: v, index: 0 }
                } else {
                    IterState::StrChars { s: v, byte: 0 }
                }
            }
            ObjBody::Range(r) => match (small(r.start), small(r.stop), small(r.step)) {
                (Some(next), Some(stop), Some(step)) => IterState::Range { next, stop, step },
                _ => IterState::WideRange(Box::new(WideRangeIter {
                    next: r.start,
                    stop: r.stop,
                    step: r.step,
                })),
            },
            ObjBody::Dict(d) => IterState::Dict(Box::new(DictIter {
                dict: v,
                index: 0,
                kind: DictViewKind::Keys,
                expected_len: d.len(),
                remaining: d.len(),
            })),
            ObjBody::Set(s) => IterState::Dict(Box::new(DictIter {
                dict: v,
                index: 0,
                kind: DictViewKind::Keys,
                expected_len: s.len(),
                remaining: s.len(),
            })),
            ObjBody::DictView(view) => {
                let len = match view.dict.as_obj().map(|o| &o.body) {
                    Some(ObjBody::Dict(d)) => d.len(),
                    _ => 0,
                };
                IterState::Dict(Box::new(DictIter {
                    dict: view.dict,
                    index: 0,
                    kind: view.kind,
                    expected_len: len,
                    remaining: len,
                }))
            }
            ObjBody::Iter(_) | ObjBody::Generator(_) => return Ok(v),
            ObjBody::Instance(_) => {
                if let Some(it) = self.call_dunder(v, "__iter__", &[])? {
                    if !self.has_dunder(it, "__next__")
                        && !matches!(
                            it.as_obj().map(|o| &o.body),
                            Some(ObjBody::Iter(_) | ObjBody::Generator(_))
                        )
                    {
                        let msg = format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(it)
                        );
                        return Err(self.type_error(msg));
                    }
                    return Ok(it);
                }
                if self.has_dunder(v, "__getitem__") {
                    // The old sequence protocol: __getitem__(0), (1), ... until IndexError.
                    IterState::GetItem { obj: v, index: 0 }
                } else {
                    return Err(self.not_iterable(v));
                }
            }
            _ => return Err(self.not_iterable(v)),
        };
        Ok(self.new_iter(state))
    }

    fn not_iterable(&mut self, v: Value) -> super::error::Exc {
        let msg = format!("'{}' object is not iterable", self.type_name(v));
        self.type_error(msg)
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        let Some(obj) = it.as_obj() else {
            return Err(self.not_iterator(it));
        };
        match &mut obj.body {
            ObjBody::Iter(iter) => self.iter_obj_next(iter),
            ObjBody::Generator(_) => self.resume_generator(it),
            ObjBody::Instance(_) => match self.call_dunder(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => Err(self.not_iterator(it)),
                Err(e) if self.exception_matches(e.0, BuiltinType::StopIteration) => {
                    // What a `yield from` over this iterator evaluates to.
                    self.generator_return = self.stop_iteration_value(e.0);
                    Ok(None)
                }
                Err(e) => Err(e),
            },
            _ => Err(self.not_iterator(it)),
        }
    }

    fn not_iterator(&mut self, v: Value) -> super::error::Exc {
        let msg = format!("'{}' object is not an iterator", self.type_name(v));
        self.type_error(msg)
    }

    fn iter_obj_next(&mut self, iter: &'static mut IterObj) -> PyResult<Option<Value>> {
        match &mut iter.state {
            IterState::Seq { seq, index } => {
                let i = *index;
                let v = match &seq.as_obj().expect("sequence").body {
                    ObjBody::List(l) => l.get(i).copied(),
                    ObjBody::Tuple(t) => t.get(i).copied(),
                    ObjBody::Str(s) => s
                        .text
                        .as_bytes()
                        .get(i)
                        .map(|&b| b as char)
                        .map(|c| self.char_str(c)),
                    _ => None,
                };
                match v {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        iter.state = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::StrChars { s, byte } => {
                let text = match &s.as_obj().expect("str").body {
                    ObjBody::Str(st) => &st.text,
                    _ => unreachable!("StrChars over a non-str"),
                };
                match text[*byte..].chars().next() {
                    Some(c) => {
                        *byte += c.len_utf8();
                        Ok(Some(self.char_str(c)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    // Cannot overflow: all three are small ints (see `IterState::Range`).
                    *next = n + *step;
                    Ok(Some(Value::small_int(n)))
                } else {
                    Ok(None)
                }
            }
            IterState::WideRange(w) => {
                let n = w.next;
                if (w.step > 0 && n < w.stop) || (w.step < 0 && n > w.stop) {
                    w.next = n + w.step;
                    Ok(Some(self.int_from_i128(n)))
                } else {
                    Ok(None)
                }
            }
            IterState::Dict(d) => {
                let (dict, kind, expected) = (d.dict, d.kind, d.expected_len);
                let index = &mut d.index;
                let obj = dict.as_obj().expect("dict");
                let (len, slots) = match &obj.body {
                    ObjBody::Dict(d) => (d.len(), d.slots()),
                    ObjBody::Set(s) => (s.len(), s.slots()),
                    _ => unreachable!("dict iterator over a non-dict"),
                };
                if len != expected {
                    let what = if matches!(obj.body, ObjBody::Set(_)) {
                        "Set"
                    } else {
                        "dictionary"
                    };
                    iter.state = IterState::Exhausted;
                    return Err(self.error(
                        BuiltinType::RuntimeError,
                        format!("{what} changed size during iteration"),
                    ));
                }
                while *index < slots {
                    let i = *index;
                    *index += 1;
                    let entry = match &obj.body {
                        ObjBody::Dict(d) => d.slot(i),
                        ObjBody::Set(s) => s.slot(i).map(|(k, _)| (k, Value::NONE)),
                        _ => None,
                    };
                    if let Some((k, v)) = entry {
                        if d.remaining == 0 {
                            if matches!(obj.body, ObjBody::Dict(_)) {
                                iter.state = IterState::Exhausted;
                                return Err(self.error(
                                    BuiltinType::RuntimeError,
                                    "dictionary keys changed during iteration",
                                ));
                            }
                        } else {
                            d.remaining -= 1;
                        }
                        return Ok(Some(match kind {
                            DictViewKind::Keys => k,
                            DictViewKind::Values => v,
                            DictViewKind::Items => self.new_tuple(vec![k, v]),
                        }));
                    }
                }
                Ok(None)
            }
            IterState::Enumerate { inner, count } => {
                let (inner, c) = (*inner, *count);
                match self.iter_next(inner)? {
                    Some(v) => {
                        self.roots.push(v);
                        let next =
                            self.binary_op(crate::bytecode::BinaryOp::Add, c, Value::small_int(1));
                        self.roots.pop();
                        if let IterState::Enumerate { count, .. } = &mut iter.state {
                            *count = next?;
                        }
                        Ok(Some(self.new_tuple(vec![c, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { iters } => {
                if iters.is_empty() {
                    return Ok(None);
                }
                let iters = iters.to_vec();
                let mut items = Vec::with_capacity(iters.len());
                for i in iters {
                    match self.iter_next(i)? {
                        Some(v) => {
                            items.push(v);
                            self.roots.push(v);
                        }
                        None => {
                            let n = items.len();
                            self.roots.truncate(self.roots.len() - n);
                            return Ok(None);
                        }
                    }
                }
                let n = items.len();
                self.roots.truncate(self.roots.len() - n);
                Ok(Some(self.new_tuple(items)))
            }
            IterState::Map { func, iters } => {
                let (func, iters) = (*func, iters.to_vec());
                let mark = self.roots.len();
                for i in iters {
                    match self.iter_next(i)? {
                        Some(v) => self.roots.push(v),
                        None => {
                            self.roots.truncate(mark);
                            return Ok(None);
                        }
                    }
                }
                let args = self.roots[mark..].to_vec();
                let r = self.call_value(func, &args, &[]);
                self.roots.truncate(mark);
                // A StopIteration out of the function ends the iteration, as any
                // StopIteration out of a built-in iterator's next does in CPython.
                match r {
                    Err(e) if self.exception_matches(e.0, BuiltinType::StopIteration) => Ok(None),
                    r => r.map(Some),
                }
            }
            IterState::Filter { func, inner } => {
                let (func, inner) = (*func, *inner);
                while let Some(v) = self.iter_next(inner)? {
                    let keep = if func.is_none() {
                        self.truthy(v)?
                    } else {
                        self.roots.push(v);
                        let r = self.call_value(func, &[v], &[]);
                        self.roots.pop();
                        let r = match r {
                            Err(e) if self.exception_matches(e.0, BuiltinType::StopIteration) => {
                                return Ok(None);
                            }
                            r => r?,
                        };
                        self.truthy(r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterState::Reversed { seq, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let i = *index;
                let seq = *seq;
                let v = match &seq.as_obj().expect("sequence").body {
                    ObjBody::List(l) => l.get(i).copied(),
                    ObjBody::Tuple(t) => t.get(i).copied(),
                    ObjBody::Str(s) => {
                        let c = if s.is_ascii() {
                            Some(s.text.as_bytes()[i] as char)
                        } else {
                            s.text.chars().nth(i)
                        };
                        c.map(|c| self.char_str(c))
                    }
                    ObjBody::Range(r) => {
                        let r = **r;
                        Some(self.int_from_i128(r.at(i as i128)))
                    }
                    _ => None,
                };
                Ok(v)
            }
            IterState::GetItem { obj, index } => {
                let (obj, i) = (*obj, *index);
                *index += 1;
                match self.call_dunder(obj, "__getitem__", &[Value::small_int(i)]) {
                    Ok(v) => Ok(v),
                    Err(e)
                        if self.exception_matches(e.0, BuiltinType::IndexError)
                            || self.exception_matches(e.0, BuiltinType::StopIteration) =>
                    {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Exhausted => Ok(None),
        }
    }

    /// Every item of an iterable. Items are kept on the handle stack while the
    /// iteration runs (it may call Python code, a safepoint).
    /// The items of `*v` in a display or a call's arguments, with CPython's message
    /// (its `LIST_EXTEND`'s) when `v` cannot be iterated.
    #[inline(never)] // kept out of the interpreter loop (`ListExtend`)
    pub fn starred_items(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if !self.is_iterable(v) {
            let msg = format!(
                "Value after * must be an iterable, not {}",
                self.type_name(v)
            );
            return Err(self.type_error(msg));
        }
        self.collect_iterable(v)
    }

    pub fn collect_iterable(&mut self, v: Value) -> PyResult<Vec<Value>> {
        match v.as_obj().map(|o| &o.body) {
            Some(ObjBody::List(l)) => return Ok(l.clone()),
            Some(ObjBody::Tuple(t)) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mark = self.roots.len();
        self.roots.push(it);
        let result = loop {
            match self.iter_next(it) {
                Ok(Some(x)) => self.roots.push(x),
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        let items = self.roots.split_off(mark + 1);
        self.roots.truncate(mark);
        result.map(|()| items)
    }
}

/// `i` as an i64 if it is a small int (a range iterator's bound).
fn small(i: i128) -> Option<i64> {
    i64::try_from(i)
        .ok()
        .filter(|&i| crate::runtime::value::fits_small(i))
}
