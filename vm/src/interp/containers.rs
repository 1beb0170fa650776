//! Dicts and sets with Python's key semantics (hash, then identity or `==`), and
//! slicing of lists, tuples and strings.

use super::error::{Exc, PyResult};
use super::number::Int;
use super::Vm;
use crate::bytecode::BinaryOp;
use crate::runtime::dict::PyDict;
use crate::runtime::object::{ObjBody, SliceObj};
use crate::runtime::set::{self, PySet};
use crate::runtime::value::Value;

/// The hash of a *plain* key, whose hashing and comparisons never run Python code
/// (a small int or a str); `None` for any other key. Compiled code looks such keys
/// up without the interpreter.
pub(crate) fn plain_key_hash(key: Value) -> Option<i64> {
    if key.is_small_int() {
        return Some(crate::runtime::hash::hash_i64(key.as_small_int()));
    }
    match &key.as_obj()?.body {
        ObjBody::Str(s) => {
            let h = s.hash.get();
            if h != 0 {
                return Some(h as i64);
            }
            let h = crate::runtime::hash::hash_str(&s.text);
            s.hash.set(h as u64);
            Some(h)
        }
        _ => None,
    }
}

/// Whether the stored key `k` equals the plain key `key` (see [`plain_key_hash`]), as
/// `key_eq` would decide; `None` when deciding would run Python code (an instance
/// with its own `__eq__` stored under the same hash).
pub(crate) fn plain_key_eq(k: Value, key: Value) -> Option<bool> {
    if k == key {
        return Some(true);
    }
    if key.is_small_int() {
        return if k.is_small_int() {
            Some(false)
        } else if k.is_bool() {
            Some(k.as_bool() as i64 == key.as_small_int())
        } else if k.is_float() {
            Some(k.as_float() == key.as_small_int() as f64)
        } else {
            match k.as_obj().map(|o| &o.body) {
                Some(ObjBody::Instance(_)) => None,
                _ => Some(false),
            }
        };
    }
    match (k.as_obj().map(|o| &o.body), key.as_obj().map(|o| &o.body)) {
        (Some(ObjBody::Str(a)), Some(ObjBody::Str(b))) => Some(a.text == b.text),
        (Some(ObjBody::Instance(_)), _) => None,
        _ => Some(false),
    }
}

/// `d[key]` for a plain key: `Some(None)` when missing, `None` when the lookup would
/// run Python code.
pub(crate) fn plain_dict_get(d: &PyDict, key: Value) -> Option<Option<Value>> {
    let h = plain_key_hash(key)?;
    let mut undecided = false;
    let found = d.get(h, |k| {
        plain_key_eq(k, key).unwrap_or_else(|| {
            undecided = true;
            false
        })
    });
    (!undecided).then_some(found)
}

/// `d[key] = value` for a plain key; false (and nothing done) when it would run
/// Python code.
pub(crate) fn plain_dict_set(d: &mut PyDict, key: Value, value: Value) -> bool {
    let Some(h) = plain_key_hash(key) else {
        return false;
    };
    let mut undecided = false;
    let slot = d.find(h, |k| {
        plain_key_eq(k, key).unwrap_or_else(|| {
            undecided = true;
            false
        })
    });
    match slot {
        _ if undecided => return false,
        Some(slot) => {
            d.replace_at(slot, value);
        }
        None => d.insert_absent(h, key, value),
    }
    true
}

impl Vm {
    pub fn new_dict(&mut self) -> Value {
        self.heap.alloc(ObjBody::Dict(Box::new(PyDict::new())))
    }

    pub fn new_set(&mut self) -> Value {
        self.heap.alloc(ObjBody::Set(Box::default()))
    }

    /// Key equality that cannot fail from the data structure's point of view: an error
    /// raised by a user `__eq__` is kept in `failed` and reported by the caller.
    fn eq_or_stash(&mut self, a: Value, b: Value, failed: &mut Option<Exc>) -> bool {
        if failed.is_some() {
            return false;
        }
        match self.key_eq(a, b) {
            Ok(eq) => eq,
            Err(e) => {
                *failed = Some(e);
                false
            }
        }
    }

    fn dict_of(&mut self, d: Value) -> &'static mut PyDict {
        match &mut d.as_obj().expect("dict").body {
            ObjBody::Dict(map) => map,
            _ => unreachable!("not a dict"),
        }
    }

    fn set_of(&mut self, s: Value) -> &'static mut PySet<Value> {
        match &mut s.as_obj().expect("set").body {
            ObjBody::Set(set) => set,
            _ => unreachable!("not a set"),
        }
    }

    pub fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        if let Some(found) = plain_dict_get(self.dict_of(d), key) {
            return Ok(found);
        }
        let h = self.hash(key)?;
        let map = self.dict_of(d);
        let mut failed = None;
        let r = map.get(h, |k| self.eq_or_stash(k, key, &mut failed));
        failed.map_or(Ok(r), Err)
    }

    pub fn dict_set(&mut self, d: Value, key: Value, value: Value) -> PyResult<()> {
        if plain_dict_set(self.dict_of(d), key, value) {
            return Ok(());
        }
        let h = self.hash(key)?;
        let map = self.dict_of(d);
        let mut failed = None;
        map.insert(h, key, value, |k| self.eq_or_stash(k, key, &mut failed));
        failed.map_or(Ok(()), Err)
    }

    pub fn dict_remove(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let map = self.dict_of(d);
        let mut failed = None;
        let r = map.remove(h, |k| self.eq_or_stash(k, key, &mut failed));
        failed.map_or(Ok(r.map(|(_, v)| v)), Err)
    }

    /// `d.update(src)`: from a dict, or an iterable of pairs.
    /// `list.extend(src)` (and `list += src`).
    pub fn list_extend(&mut self, list: Value, src: Value) -> PyResult<()> {
        let items_of = |list: Value| match &mut list.as_obj().expect("a list").body {
            ObjBody::List(l) => l,
            _ => unreachable!("extend of a non-list"),
        };
        if matches!(
            src.as_obj().map(|o| &o.body),
            Some(ObjBody::List(_) | ObjBody::Tuple(_))
        ) {
            let items = self.collect_iterable(src)?;
            items_of(list).extend(items);
            return Ok(());
        }
        // Item by item, as CPython: the iteration sees the list grow, and an error
        // leaves the items before it appended.
        let it = self.get_iter(src)?;
        self.roots.push(it);
        let r = loop {
            match self.iter_next(it) {
                Ok(Some(x)) => items_of(list).push(x),
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.roots.pop();
        r
    }

    /// `{**m}` (CPython's DICT_UPDATE): `m` must be a mapping.
    pub fn dict_display_update(&mut self, d: Value, src: Value) -> PyResult<()> {
        match src.as_obj().map(|o| &o.body) {
            Some(ObjBody::Dict(_)) => self.dict_update(d, src),
            Some(ObjBody::Instance(_)) if self.has_dunder(src, "keys") => {
                super::dict_methods::update_from_mapping(self, d, src)
            }
            _ => {
                let msg = format!("'{}' object is not a mapping", self.type_name(src));
                Err(self.type_error(msg))
            }
        }
    }

    pub fn dict_update(&mut self, d: Value, src: Value) -> PyResult<()> {
        if let Some(ObjBody::Dict(other)) = src.as_obj().map(|o| &o.body) {
            let pairs: Vec<(Value, Value)> = other.iter().collect();
            for (k, v) in pairs {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        // One pair at a time, as CPython: a generator sees the pairs before it
        // stored, and an error leaves them stored.
        let it = self.get_iter(src)?;
        let mark = self.roots.len();
        self.roots.push(it);
        let result = (|| {
            let mut i = 0;
            while let Some(item) = self.iter_next(it)? {
                self.roots.push(item);
                let pair = match self.collect_iterable(item) {
                    Ok(pair) => pair,
                    Err(e)
                        if self.exception_matches(e.0, crate::interp::BuiltinType::TypeError) =>
                    {
                        let msg = format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        );
                        return Err(self.type_error(msg));
                    }
                    Err(e) => return Err(e),
                };
                if pair.len() != 2 {
                    let msg = format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    );
                    return Err(self.value_error(msg));
                }
                self.dict_set(d, pair[0], pair[1])?;
                self.roots.pop();
                i += 1;
            }
            Ok(())
        })();
        self.roots.truncate(mark);
        result
    }

    pub fn set_add(&mut self, s: Value, item: Value) -> PyResult<()> {
        let h = self.hash(item)?;
        let set = self.set_of(s);
        let mut failed = None;
        set.add(item, h, &mut |a, b| self.eq_or_stash(a, b, &mut failed));
        failed.map_or(Ok(()), Err)
    }

    pub fn set_contains(&mut self, s: Value, item: Value) -> PyResult<bool> {
        // A set looked up in a set: CPython looks it up as a frozenset, which a Krait
        // set cannot hold (Krait has no frozenset), so it is never there.
        if super::set_methods::is_set(item) {
            return Ok(false);
        }
        let h = self.hash(item)?;
        let set = self.set_of(s);
        let mut failed = None;
        let r = set.contains(item, h, &mut |a, b| self.eq_or_stash(a, b, &mut failed));
        failed.map_or(Ok(r), Err)
    }

    pub fn set_discard(&mut self, s: Value, item: Value) -> PyResult<bool> {
        if super::set_methods::is_set(item) {
            return Ok(false);
        }
        let h = self.hash(item)?;
        let set = self.set_of(s);
        let mut failed = None;
        let r = set.discard(item, h, &mut |a, b| self.eq_or_stash(a, b, &mut failed));
        failed.map_or(Ok(r), Err)
    }

    /// `set(iterable)`: a copy of a set, else the items added one by one.
    pub fn set_from_iterable(&mut self, v: Value) -> PyResult<Value> {
        match v.as_obj().map(|o| &o.body) {
            Some(ObjBody::Set(other)) => {
                let copy = other.copy();
                return Ok(self.heap.alloc(ObjBody::Set(Box::new(copy))));
            }
            // The table sized for all the keys up front, as CPython does for a dict.
            Some(ObjBody::Dict(_)) => {
                let s = self.new_set();
                self.roots.push(s);
                let r = super::set_methods::update_from(self, s, v);
                self.roots.pop();
                return r.map(|()| s);
            }
            _ => {}
        }
        let items = self.collect_iterable(v)?;
        let mark = self.roots.len();
        self.roots.extend_from_slice(&items);
        let s = self.new_set();
        self.roots.push(s);
        let mut result = Ok(s);
        for item in items {
            if let Err(e) = self.set_add(s, item) {
                result = Err(e);
                break;
            }
        }
        self.roots.truncate(mark);
        result
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets: a new set.
    pub fn set_operator(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<Value> {
        let (x, y) = (self.set_of(a), self.set_of(b));
        let mut failed = None;
        let mut eq = |p: Value, q: Value| self.eq_or_stash(p, q, &mut failed);
        let r = match op {
            BinaryOp::BitOr => set::union(x, y, &mut eq),
            BinaryOp::BitAnd => set::intersection(x, y, &mut eq),
            BinaryOp::Sub => set::difference(x, y, &mut eq),
            BinaryOp::BitXor => set::symmetric_difference(x, y, &mut eq),
            _ => unreachable!("not a set operator"),
        };
        if let Some(e) = failed {
            return Err(e);
        }
        Ok(self.heap.alloc(ObjBody::Set(Box::new(r))))
    }

    pub fn set_is_subset(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let (x, y) = (self.set_of(a), self.set_of(b));
        let mut failed = None;
        let r = set::is_subset(x, y, &mut |p, q| self.eq_or_stash(p, q, &mut failed));
        failed.map_or(Ok(r), Err)
    }

    /// Resolves `slice(start, stop, step)` against a length, as `slice.indices` does.
    pub fn slice_indices(&mut self, slice: Value, len: usize) -> PyResult<(i64, i64, i64)> {
        // Within a length that fits in memory, every resolved index and step fits an
        // i64 (a step past it selects one item, as a step of `len` does).
        let (start, stop, step) = self.slice_indices_wide(slice, len as i128)?;
        let narrow = |i: i128| i.clamp(i64::MIN as i128 / 2, i64::MAX as i128 / 2) as i64;
        Ok((narrow(start), narrow(stop), narrow(step)))
    }

    /// [`Vm::slice_indices`] against any length a range can have: indices past
    /// ±2**120 are as far as the ends.
    pub fn slice_indices_wide(&mut self, slice: Value, len: i128) -> PyResult<(i128, i128, i128)> {
        let (start, stop, step) = match &slice.as_obj().expect("slice").body {
            ObjBody::Slice(SliceObj { start, stop, step }) => (*start, *stop, *step),
            _ => unreachable!("not a slice"),
        };
        const FAR: i128 = 1 << 120;
        let int_or = |vm: &mut Vm, v: Value| -> PyResult<Option<i128>> {
            if v.is_none() {
                return Ok(None);
            }
            match Vm::as_int(v) {
                Some(Int::Small(i)) => Ok(Some(i as i128)),
                Some(Int::Big(b)) => Ok(Some(
                    num_traits::ToPrimitive::to_i128(b)
                        .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                            -FAR
                        } else {
                            FAR
                        })
                        .clamp(-FAR, FAR),
                )),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = int_or(self, step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |i: i128| {
            if i < 0 {
                (i + len).max(lower)
            } else {
                i.min(upper)
            }
        };
        let start = match int_or(self, start)? {
            Some(i) => clamp(i),
            None => {
                if step < 0 {
                    upper
                } else {
                    lower
                }
            }
        };
        let stop = match int_or(self, stop)? {
            Some(i) => clamp(i),
            None => {
                if step < 0 {
                    lower
                } else {
                    upper
                }
            }
        };
        Ok((start, stop, step))
    }

    /// The positions a slice selects.
    fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
        let count = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        (0..count).map(move |k| (start + k * step) as usize)
    }

    pub fn get_slice(&mut self, obj: Value, slice: Value) -> PyResult<Value> {
        let len = match &obj.as_obj().expect("sequence").body {
            ObjBody::List(l) => l.len(),
            ObjBody::Tuple(t) => t.len(),
            ObjBody::Str(s) => s.char_len,
            ObjBody::Range(r) => {
                let r = **r;
                let (start, stop, step) = self.slice_indices_wide(slice, r.len())?;
                // `r[start:stop:step]`: its items are r's at those positions.
                let wide = |v: &mut Vm, x: i128| -> PyResult<i128> {
                    (x.abs() < 1 << 100).then_some(x).ok_or_else(|| {
                        v.overflow_error("range() bounds beyond 2**100 are not supported by Krait")
                    })
                };
                let new_step = wide(self, r.step.saturating_mul(step))?;
                return Ok(self.heap.alloc(ObjBody::Range(Box::new(
                    crate::runtime::object::RangeObj {
                        start: r.at(start),
                        stop: r.at(stop),
                        step: new_step,
                    },
                ))));
            }
            ObjBody::Instance(_) => {
                return match self.call_dunder(obj, "__getitem__", &[slice])? {
                    Some(v) => Ok(v),
                    None => {
                        let msg = format!("'{}' object is not subscriptable", self.type_name(obj));
                        Err(self.type_error(msg))
                    }
                }
            }
            _ => {
                let msg = format!("'{}' object is not subscriptable", self.type_name(obj));
                return Err(self.type_error(msg));
            }
        };
        let (start, stop, step) = self.slice_indices(slice, len)?;
        let positions = Self::slice_positions(start, stop, step);
        Ok(match &obj.as_obj().expect("sequence").body {
            ObjBody::List(l) => {
                let v: Vec<Value> = if step == 1 {
                    l[start as usize..(stop.max(start)) as usize].to_vec()
                } else {
                    positions.map(|i| l[i]).collect()
                };
                self.new_list(v)
            }
            ObjBody::Tuple(t) => {
                let v: Vec<Value> = positions.map(|i| t[i]).collect();
                self.new_tuple(v)
            }
            ObjBody::Str(s) => {
                let out: String = if s.is_ascii() {
                    if step == 1 {
                        s.text[start as usize..(stop.max(start)) as usize].to_string()
                    } else {
                        positions.map(|i| s.text.as_bytes()[i] as char).collect()
                    }
                } else {
                    let chars: Vec<char> = s.text.chars().collect();
                    positions.map(|i| chars[i]).collect()
                };
                self.new_str(out)
            }
            _ => unreachable!("sliced a non-sequence"),
        })
    }

    /// `list[slice] = iterable`
    pub fn set_slice(&mut self, list: Value, slice: Value, value: Value) -> PyResult<()> {
        let list_len = |list: Value| match &list.as_obj().expect("list").body {
            ObjBody::List(l) => l.len(),
            _ => unreachable!("set_slice on a non-list"),
        };
        // As CPython: the slice's indices first, then the value's items.
        let len = list_len(list);
        let (mut start, mut stop, mut step) = self.slice_indices(slice, len)?;
        if !self.is_iterable(value) {
            return Err(self.type_error(if step == 1 {
                "can only assign an iterable"
            } else {
                "must assign iterable to extended slice"
            }));
        }
        let items = self.collect_iterable(value)?;
        if list_len(list) != len {
            // Iterating `value` changed the list: the indices for its length now.
            (start, stop, step) = self.slice_indices(slice, list_len(list))?;
        }
        if step == 1 {
            let stop = stop.max(start) as usize;
            if let ObjBody::List(l) = &mut list.as_obj().expect("list").body {
                l.splice(start as usize..stop, items);
            }
            return Ok(());
        }
        let positions: Vec<usize> = Self::slice_positions(start, stop, step).collect();
        if positions.len() != items.len() {
            let msg = format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                positions.len()
            );
            return Err(self.value_error(msg));
        }
        if let ObjBody::List(l) = &mut list.as_obj().expect("list").body {
            for (p, v) in positions.into_iter().zip(items) {
                l[p] = v;
            }
        }
        Ok(())
    }

    /// `del list[slice]`
    pub fn del_slice(&mut self, list: Value, slice: Value) -> PyResult<()> {
        let len = match &list.as_obj().expect("list").body {
            ObjBody::List(l) => l.len(),
            _ => unreachable!("del_slice on a non-list"),
        };
        let (start, stop, step) = self.slice_indices(slice, len)?;
        let mut doomed: Vec<usize> = Self::slice_positions(start, stop, step).collect();
        doomed.sort_unstable();
        if let ObjBody::List(l) = &mut list.as_obj().expect("list").body {
            let mut k = 0;
            let mut i = 0;
            l.retain(|_| {
                let keep = !(k < doomed.len() && doomed[k] == i);
                if !keep {
                    k += 1;
                }
                i += 1;
                keep
            });
        }
        Ok(())
    }

    /// `a, b, c = v`
    pub fn unpack(&mut self, v: Value, count: usize) -> PyResult<Vec<Value>> {
        let items = match v.as_obj().map(|o| &o.body) {
            Some(ObjBody::Tuple(t)) => t.to_vec(),
            Some(ObjBody::List(l)) => l.clone(),
            _ => {
                if !self.is_iterable(v) {
                    let msg = format!("cannot unpack non-iterable {} object", self.type_name(v));
                    return Err(self.type_error(msg));
                }
                // At most one item past `count`, as CPython takes them: an endless
                // iterator is not run to its end.
                let it = self.get_iter(v)?;
                let mark = self.roots.len();
                self.roots.push(it);
                let r = (|| {
                    for got in 0..count {
                        match self.iter_next(it)? {
                            Some(x) => self.roots.push(x),
                            None => {
                                return Err(self.value_error(format!(
                                    "not enough values to unpack (expected {count}, got {got})"
                                )))
                            }
                        }
                    }
                    if self.iter_next(it)?.is_some() {
                        let msg = format!("too many values to unpack (expected {count})");
                        return Err(self.value_error(msg));
                    }
                    Ok(())
                })();
                let items = self.roots[mark + 1..].to_vec();
                self.roots.truncate(mark);
                r?;
                items
            }
        };
        if items.len() > count {
            return Err(self.value_error(format!("too many values to unpack (expected {count})")));
        }
        if items.len() < count {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {count}, got {})",
                items.len()
            )));
        }
        Ok(items)
    }

    /// `a, *b, c = v`: `before` items, a list, `after` items.
    pub fn unpack_ex(&mut self, v: Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        if !self.is_iterable(v) {
            let msg = format!("cannot unpack non-iterable {} object", self.type_name(v));
            return Err(self.type_error(msg));
        }
        let items = self.collect_iterable(v)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = items[..before].to_vec();
        let middle = items[before..items.len() - after].to_vec();
        let middle = self.new_list(middle);
        out.push(middle);
        out.extend_from_slice(&items[items.len() - after..]);
        Ok(out)
    }
}
