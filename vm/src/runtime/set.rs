//! `PySet`: a port of CPython 3.11's set hash table (`Objects/setobject.c`), so
//! that sets iterate, print and `pop()` in exactly CPython's order.
//!
//! A set's order is the order of its table slots, which depends on the hashes
//! of its keys, the table size and the history of insertions and deletions. The
//! table here makes the same decisions as CPython's: the same probe sequence
//! (runs of `LINEAR_PROBES` neighbours, then perturbed jumps), the same reuse of
//! deleted ("dummy") slots, the same resize rule and new sizes, and the same
//! algorithm for every operation that builds a set. The table stores the hash
//! next to each key and compares hashes before calling the key equality.
//!
//! The set knows nothing of Python values: keys are any `Copy` type, hashes are
//! supplied by the caller (see `hash.rs`; a hash is never `-1`), and key equality
//! is the caller's closure `eq(stored, probe)`, which may be called with the same
//! key twice and must not touch the set. A wrong hash gives a wrong order, not
//! memory unsafety.
//!
//! # Python operations
//!
//! To get CPython's order, the interpreter must build sets the way CPython does.
//! Below, "adds" means [`PySet::add`] for each element in iteration order, "a
//! set" a `set` or `frozenset`, and "a dict" an exact `dict`.
//!
//! - `set()`, a set comprehension, a display not covered below (`{a, 1}`,
//!   `{*x, y}`): [`PySet::new`], then adds in source order; a starred `*x` is
//!   as for `s.update(x)`.
//! - A display of 3 or more items, all constant after constant folding
//!   (`{3, -1, (1, 2)}`): [`PySet::from_constant_display`]`(items).copy()`.
//! - `for v in D`, `... for v in D` in a comprehension, `v in D`, where `D` is a
//!   display of constants (any number of them): iterate or probe
//!   [`PySet::from_constant_display`]`(items)` itself.
//! - `set(x)`, `frozenset(x)`: for a set `x`, `x.copy()`; for a dict, `new`,
//!   [`PySet::reserve`]`(len(x))`, then adds of its keys; else `new` and adds.
//! - `s.copy()`: [`PySet::copy`].
//! - `x in s`, `s.add(x)`, `s.discard(x)`: [`PySet::contains`], [`PySet::add`],
//!   [`PySet::discard`]; `s.remove(x)`: `discard`, `KeyError` on `false`.
//! - `s.pop()`: [`PySet::pop`], `KeyError` on `None`. `s.clear()`, `len(s)`:
//!   [`PySet::clear`], [`PySet::len`].
//! - `for x in s`, `list(s)`, `print(s)`: [`PySet::slot`]`(i)` for `i` in
//!   `0..`[`PySet::slots`]`()`; `RuntimeError` if the length changed meanwhile.
//! - `a | b`: [`union`]. `a.union(*xs)`: `r = a.copy()`, then each `x` as for
//!   `r.update(x)`, skipping an `x` that is `a`.
//! - `a |= x`, `a.update(*xs)`, for each `x`: if `x is a`, nothing; for a set,
//!   [`PySet::update`]; for a dict, `reserve(len(x))` and adds; else adds.
//! - `a & b`: [`intersection`]. `a.intersection(*xs)`: with no `xs`,
//!   `a.copy()`; else `r = a`, then for each `x`: for a set,
//!   `r = intersection(r, x)`; else `r` = a new set with adds of the elements of
//!   `x` (in order) that `r` contains.
//! - `a &= x`, `a.intersection_update(*xs)`: for a set `x`,
//!   [`PySet::intersection_update`]; else the result as for
//!   `a.intersection(*xs)`, stored with [`PySet::replace_body`].
//! - `a - b`: [`difference`]. `a.difference(*xs)`: with no `xs`, `a.copy()`;
//!   else `r` as for `a - x` with the first `x` (a dict counts as the set of
//!   its keys; for another non-set `x`, `r = a.copy()`, then as `r -= x`), then
//!   `r -= x` for the rest.
//! - `a -= x`, `a.difference_update(*xs)`, for each `x`: if `x is a`,
//!   [`PySet::clear`]; for a set, [`PySet::difference_update`]; else
//!   [`PySet::difference_update_keys`].
//! - `a ^ b`: [`symmetric_difference`]. `a.symmetric_difference(x)` for a
//!   non-set `x`: `r = set(x)`, then as `r ^= a`.
//! - `a ^= x`, `a.symmetric_difference_update(x)`: if `x is a`,
//!   [`PySet::clear`]; for a set, [`PySet::symmetric_difference_update`]; for a
//!   dict, for each key, [`PySet::discard`] or else [`PySet::add`]; else
//!   `set(x)` first.
//! - `a <= b`, `a.issubset(x)`: [`is_subset`]`(a, b)` (a non-set `x`: `set(x)`
//!   first); `a < b`: also `len(a) < len(b)`.
//! - `a >= b`, `a.issuperset(x)`: [`is_subset`]`(b, a)` (a non-set `x`: every
//!   element in `a`); `a > b`: also `len(a) > len(b)`.
//! - `a == b`, `a != b`: [`is_equal`].
//! - `a.isdisjoint(x)`: for a set, [`is_disjoint`]; else no element of `x` in
//!   `a`.
//!
//! Rust's borrow rules keep `&mut self` and `other` apart, so the `x is a` cases
//! of the mutating methods are the caller's; the free functions take two shared
//! references and do CPython's identity checks themselves (`std::ptr::eq`).

use std::mem;

/// Slots in a new set's table (`PySet_MINSIZE`), the smallest table size.
const MIN_SIZE: usize = 8;

/// Neighbouring slots checked after each probe before jumping elsewhere.
const LINEAR_PROBES: usize = 9;

/// How fast the high bits of the hash are shifted into the probe sequence.
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy)]
enum Slot<K> {
    /// Never used since the table was made: ends every probe sequence.
    Empty,
    /// Held a key that was removed: probing continues past it.
    Dummy,
    /// A key and its hash.
    Active(K, i64),
}

/// The slot indices that CPython examines, in order, for `hash` in a table of
/// `mask + 1` slots, until `visit` returns `Some`.
fn probe<R>(mask: usize, hash: i64, mut visit: impl FnMut(usize) -> Option<R>) -> R {
    // C's size_t arithmetic: the hash is reinterpreted as unsigned.
    let mut perturb = hash as u64;
    let mut i = perturb as usize & mask;
    loop {
        let run_end = if i + LINEAR_PROBES <= mask {
            i + LINEAR_PROBES
        } else {
            i
        };
        for j in i..=run_end {
            if let Some(found) = visit(j) {
                return found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize)
            & mask;
    }
}

/// Puts a key known to be absent into the first empty slot of its probe
/// sequence (`set_insert_clean`); the table must hold no dummies.
fn insert_clean<K: Copy>(table: &mut [Slot<K>], key: K, hash: i64) {
    let slot = probe(table.len() - 1, hash, |j| {
        matches!(table[j], Slot::Empty).then_some(j)
    });
    table[slot] = Slot::Active(key, hash);
}

/// A set of keys laid out exactly as CPython 3.11 lays out a `set`.
///
/// Keys are compared only through the caller's `eq`, and only after their
/// stored hashes are equal.
pub struct PySet<K> {
    /// A power of two long, always with at least one `Empty` slot.
    table: Vec<Slot<K>>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots: the set's length.
    used: usize,
    /// Where the next [`PySet::pop`] starts looking (kept across resizes and
    /// clears, as in CPython).
    finger: usize,
}

impl<K: Copy> Default for PySet<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Copy> PySet<K> {
    /// An empty set with CPython's initial table of 8 slots.
    pub fn new() -> Self {
        PySet {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// The `frozenset` constant that CPython 3.11 compiles a set display of
    /// constants `items` to: adds in source order, then rebuilt once by adds in
    /// its own order, as the compiler's merging of constants does.
    pub fn from_constant_display(
        items: impl IntoIterator<Item = (K, i64)>,
        eq: &mut dyn FnMut(K, K) -> bool,
    ) -> Self {
        let mut first = Self::new();
        for (key, hash) in items {
            first.add(key, hash, eq);
        }
        let mut rebuilt = Self::new();
        for (key, hash) in first.iter() {
            rebuilt.add(key, hash, eq);
        }
        rebuilt
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the set has no keys.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The slot holding the key equal to `key` (`set_lookkey`).
    fn find(&self, key: K, hash: i64, eq: &mut dyn FnMut(K, K) -> bool) -> Option<usize> {
        probe(self.mask(), hash, |j| match self.table[j] {
            Slot::Empty => Some(None),
            Slot::Active(stored, h) if h == hash && eq(stored, key) => Some(Some(j)),
            _ => None,
        })
    }

    /// Whether a key equal to `key` is in the set.
    pub fn contains(&self, key: K, hash: i64, eq: &mut dyn FnMut(K, K) -> bool) -> bool {
        self.find(key, hash, eq).is_some()
    }

    /// Adds `key` unless an equal key is present, in which case the set keeps
    /// the key it has. Returns whether `key` was added (`set_add_entry`).
    pub fn add(&mut self, key: K, hash: i64, eq: &mut dyn FnMut(K, K) -> bool) -> bool {
        let mut dummy = None;
        let table = &self.table;
        let empty = probe(self.mask(), hash, |j| match table[j] {
            Slot::Empty => Some(Some(j)),
            // 3.11 reuses the last dummy on the probe sequence, not the first
            // (checked against python3 3.11).
            Slot::Dummy => {
                dummy = Some(j);
                None
            }
            Slot::Active(stored, h) if h == hash && eq(stored, key) => Some(None),
            Slot::Active(..) => None,
        });
        let Some(empty) = empty else {
            return false;
        };
        self.used += 1;
        if let Some(slot) = dummy {
            // Reusing a dummy does not raise the fill, so it never resizes.
            self.table[slot] = Slot::Active(key, hash);
            return true;
        }
        self.table[empty] = Slot::Active(key, hash);
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.growth_target());
        }
        true
    }

    /// Removes the key equal to `key`, leaving a dummy slot. Returns whether
    /// there was one (`set_discard_entry`); the table never shrinks here.
    pub fn discard(&mut self, key: K, hash: i64, eq: &mut dyn FnMut(K, K) -> bool) -> bool {
        let Some(slot) = self.find(key, hash, eq) else {
            return false;
        };
        self.table[slot] = Slot::Dummy;
        self.used -= 1;
        true
    }

    /// Removes and returns the key CPython's `set.pop()` would: the first active
    /// slot at or after the finger (wrapping), which then moves past it.
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        let key = loop {
            if let Slot::Active(key, _) = self.table[i] {
                break key;
            }
            i = (i + 1) & mask;
        };
        self.table[i] = Slot::Dummy;
        self.used -= 1;
        self.finger = i + 1;
        Some(key)
    }

    /// Removes every key and goes back to the initial 8-slot table.
    pub fn clear(&mut self) {
        self.table = vec![Slot::Empty; MIN_SIZE];
        self.fill = 0;
        self.used = 0;
    }

    /// The keys and their hashes in table order, which is Python's iteration
    /// order.
    pub fn iter(&self) -> impl Iterator<Item = (K, i64)> + '_ {
        self.table.iter().filter_map(|slot| match *slot {
            Slot::Active(key, hash) => Some((key, hash)),
            _ => None,
        })
    }

    /// The key and hash at table slot `i`, if that slot holds one. An iterator
    /// that remembers a slot index resumes where CPython's `setiterator` would.
    pub fn slot(&self, i: usize) -> Option<(K, i64)> {
        match self.table.get(i)? {
            Slot::Active(key, hash) => Some((*key, *hash)),
            _ => None,
        }
    }

    /// The number of table slots: valid indices for [`PySet::slot`] are below it.
    pub fn slots(&self) -> usize {
        self.table.len()
    }

    /// The number of slots allocated, for memory accounting; equals
    /// [`PySet::slots`].
    pub fn capacity(&self) -> usize {
        self.table.len()
    }

    /// Calls `f` with every key, for tracing garbage collection.
    pub fn for_each_ref(&self, mut f: impl FnMut(K)) {
        self.iter().for_each(|(key, _)| f(key));
    }

    /// A new set with the same keys, laid out as CPython's `set_copy` lays it
    /// out (which need not be this set's layout).
    pub fn copy(&self) -> Self {
        let mut copy = Self::new();
        if !self.is_empty() {
            copy.reserve(self.used);
            copy.fill_from(self);
        }
        copy
    }

    /// Adds every key of `other` in its table order (`set_merge`): `s |= other`
    /// for a set `other` that is not `s` itself.
    pub fn update(&mut self, other: &PySet<K>, eq: &mut dyn FnMut(K, K) -> bool) {
        if other.is_empty() {
            return;
        }
        self.reserve(other.used);
        if self.fill == 0 {
            self.fill_from(other);
        } else {
            for (key, hash) in other.iter() {
                self.add(key, hash, eq);
            }
        }
    }

    /// CPython's one up-front resize before adding `additional` keys that are
    /// expected to be new, from a set or an exact dict (`set_update_internal`);
    /// other iterables get no such resize.
    pub fn reserve(&mut self, additional: usize) {
        if (self.fill + additional) * 5 >= self.mask() * 3 {
            self.resize((self.used + additional) * 2);
        }
    }

    /// Copies `other`'s keys into this set, which must be empty with no
    /// dummies: the two fast paths of `set_merge`.
    fn fill_from(&mut self, other: &PySet<K>) {
        debug_assert_eq!(self.fill, 0);
        if self.table.len() == other.table.len() && other.fill == other.used {
            // Same size and no dummies to drop: every key can keep its slot.
            self.table.copy_from_slice(&other.table);
        } else {
            for (key, hash) in other.iter() {
                insert_clean(&mut self.table, key, hash);
            }
        }
        self.fill = other.used;
        self.used = other.used;
    }

    /// `s -= other` for a set `other` that is not `s` itself.
    pub fn difference_update(&mut self, other: &PySet<K>, eq: &mut dyn FnMut(K, K) -> bool) {
        self.difference_update_keys(other.iter(), eq);
    }

    /// Discards each `(key, hash)` in turn, then purges the dummies if they are
    /// over a quarter of the table (`set_difference_update_internal`): `s -= x`
    /// for any iterable `x`.
    pub fn difference_update_keys(
        &mut self,
        keys: impl IntoIterator<Item = (K, i64)>,
        eq: &mut dyn FnMut(K, K) -> bool,
    ) {
        for (key, hash) in keys {
            self.discard(key, hash, eq);
        }
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// `s ^= other` for a set `other` that is not `s` itself: each key of
    /// `other` in its table order is discarded from this set, or else added.
    pub fn symmetric_difference_update(
        &mut self,
        other: &PySet<K>,
        eq: &mut dyn FnMut(K, K) -> bool,
    ) {
        for (key, hash) in other.iter() {
            if !self.discard(key, hash, eq) {
                self.add(key, hash, eq);
            }
        }
    }

    /// `s &= other` for a set `other`: this set becomes [`intersection`]`(s,
    /// other)`.
    pub fn intersection_update(&mut self, other: &PySet<K>, eq: &mut dyn FnMut(K, K) -> bool) {
        let result = intersection(self, other, eq);
        self.replace_body(result);
    }

    /// Makes this set's keys and table those of `new`, keeping this set's pop
    /// finger, like CPython's `set_swap_bodies` in the in-place intersection.
    pub fn replace_body(&mut self, new: PySet<K>) {
        self.table = new.table;
        self.fill = new.fill;
        self.used = new.used;
    }

    /// The size CPython grows to when a table gets too full.
    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Rebuilds the table with the smallest power-of-two size (at least 8)
    /// above `min_used`, reinserting the keys in old table order and dropping
    /// the dummies (`set_table_resize`).
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.table.len() == MIN_SIZE && self.fill == self.used {
            // CPython leaves a small table without dummies untouched.
            return;
        }
        let old = mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(key, hash) = slot {
                insert_clean(&mut self.table, key, hash);
            }
        }
    }
}

/// `a | b` (`set_or`): a copy of `a`, updated with `b`.
pub fn union<K: Copy>(a: &PySet<K>, b: &PySet<K>, eq: &mut dyn FnMut(K, K) -> bool) -> PySet<K> {
    let mut result = a.copy();
    if !std::ptr::eq(a, b) {
        result.update(b, eq);
    }
    result
}

/// `a & b` (`set_intersection`): the keys of the smaller set (of `b` when the
/// sizes are equal) that the other contains, added in that set's table order.
/// The result holds the smaller set's key objects.
pub fn intersection<K: Copy>(
    a: &PySet<K>,
    b: &PySet<K>,
    eq: &mut dyn FnMut(K, K) -> bool,
) -> PySet<K> {
    if std::ptr::eq(a, b) {
        return a.copy();
    }
    let (small, large) = if b.len() > a.len() { (a, b) } else { (b, a) };
    let mut result = PySet::new();
    for (key, hash) in small.iter() {
        if large.contains(key, hash, eq) {
            result.add(key, hash, eq);
        }
    }
    result
}

/// `a - b` (`set_difference`): when `a` is over four times as large as `b`, a
/// copy of `a` with `b`'s keys discarded; otherwise a new set of `a`'s keys not
/// in `b`, added in `a`'s table order.
pub fn difference<K: Copy>(
    a: &PySet<K>,
    b: &PySet<K>,
    eq: &mut dyn FnMut(K, K) -> bool,
) -> PySet<K> {
    if a.len() >> 2 > b.len() {
        let mut result = a.copy();
        result.difference_update(b, eq);
        return result;
    }
    let mut result = PySet::new();
    for (key, hash) in a.iter() {
        if !b.contains(key, hash, eq) {
            result.add(key, hash, eq);
        }
    }
    result
}

/// `a ^ b` (`set_symmetric_difference`): a copy of `b`, symmetric-difference
/// updated with `a`.
pub fn symmetric_difference<K: Copy>(
    a: &PySet<K>,
    b: &PySet<K>,
    eq: &mut dyn FnMut(K, K) -> bool,
) -> PySet<K> {
    let mut result = b.copy();
    result.symmetric_difference_update(a, eq);
    result
}

/// `a <= b`: whether every key of `a` is in `b`, checked in `a`'s table order.
pub fn is_subset<K: Copy>(a: &PySet<K>, b: &PySet<K>, eq: &mut dyn FnMut(K, K) -> bool) -> bool {
    a.len() <= b.len() && a.iter().all(|(key, hash)| b.contains(key, hash, eq))
}

/// `a == b`: equal lengths, and `a <= b`.
pub fn is_equal<K: Copy>(a: &PySet<K>, b: &PySet<K>, eq: &mut dyn FnMut(K, K) -> bool) -> bool {
    a.len() == b.len() && is_subset(a, b, eq)
}

/// `a.isdisjoint(b)`: whether no key of the smaller set (of `b` on a tie) is
/// in the other.
pub fn is_disjoint<K: Copy>(a: &PySet<K>, b: &PySet<K>, eq: &mut dyn FnMut(K, K) -> bool) -> bool {
    if std::ptr::eq(a, b) {
        return a.is_empty();
    }
    let (small, large) = if b.len() > a.len() { (a, b) } else { (b, a) };
    small
        .iter()
        .all(|(key, hash)| !large.contains(key, hash, eq))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::hash::{hash_f64, hash_i64, hash_tuple};

    /// A stand-in for Python values: ints, floats and tuples of ints, with
    /// Python's hashes and cross-type equality (`1 == 1.0`).
    #[derive(Clone, Copy, Debug)]
    enum Key {
        Int(i64),
        Float(f64),
        Tuple(&'static [i64]),
    }

    fn hash(key: Key) -> i64 {
        match key {
            Key::Int(i) => hash_i64(i),
            Key::Float(x) => hash_f64(x).expect("no NaN in these tests"),
            Key::Tuple(items) => hash_tuple(items.iter().map(|&i| hash_i64(i))),
        }
    }

    fn eq(a: Key, b: Key) -> bool {
        match (a, b) {
            (Key::Int(a), Key::Int(b)) => a == b,
            // Exact for the small numbers the tests mix.
            (Key::Int(i), Key::Float(x)) | (Key::Float(x), Key::Int(i)) => i as f64 == x,
            (Key::Float(a), Key::Float(b)) => a == b,
            (Key::Tuple(a), Key::Tuple(b)) => a == b,
            _ => false,
        }
    }

    /// Python's `repr` of a key (of the floats used here, for which Rust's
    /// `Debug` agrees).
    fn repr(key: Key) -> String {
        match key {
            Key::Int(i) => i.to_string(),
            Key::Float(x) => format!("{x:?}"),
            Key::Tuple([one]) => format!("({one},)"),
            Key::Tuple(items) => {
                let items: Vec<String> = items.iter().map(i64::to_string).collect();
                format!("({})", items.join(", "))
            }
        }
    }

    fn render(keys: &[Key]) -> String {
        let items: Vec<String> = keys.iter().map(|&k| repr(k)).collect();
        format!("[{}]", items.join(", "))
    }

    fn int(i: i64) -> Key {
        Key::Int(i)
    }

    fn float(x: f64) -> Key {
        Key::Float(x)
    }

    fn tuple(items: &[i64]) -> Key {
        Key::Tuple(Box::leak(items.into()))
    }

    /// `set(keys)`: successive adds.
    fn set_of(keys: impl IntoIterator<Item = Key>) -> PySet<Key> {
        let mut set = PySet::new();
        for key in keys {
            set.add(key, hash(key), &mut eq);
        }
        set
    }

    fn ints(items: impl IntoIterator<Item = i64>) -> PySet<Key> {
        set_of(items.into_iter().map(int))
    }

    fn floats(items: impl IntoIterator<Item = f64>) -> PySet<Key> {
        set_of(items.into_iter().map(float))
    }

    fn tuples(items: &[&[i64]]) -> PySet<Key> {
        set_of(items.iter().map(|items| tuple(items)))
    }

    fn constant_display<const N: usize>(items: [i64; N]) -> PySet<Key> {
        PySet::from_constant_display(items.map(|i| (int(i), hash(int(i)))), &mut eq)
    }

    fn add_ints(set: &mut PySet<Key>, items: impl IntoIterator<Item = i64>) {
        for i in items {
            set.add(int(i), hash(int(i)), &mut eq);
        }
    }

    fn discard_ints(set: &mut PySet<Key>, items: impl IntoIterator<Item = i64>) {
        for i in items {
            set.discard(int(i), hash(int(i)), &mut eq);
        }
    }

    fn pops(set: &mut PySet<Key>, n: usize) -> Vec<Key> {
        (0..n)
            .map(|_| set.pop().expect("set is not empty"))
            .collect()
    }

    /// `list(set)`.
    fn list(set: &PySet<Key>) -> Vec<Key> {
        set.iter().map(|(key, _)| key).collect()
    }

    /// Each case: a Python 3.11 program, the same steps here, and what
    /// `print(r)` printed when the program was run by `python3`.
    #[test]
    fn orders_match_cpython() {
        let cases: &[(&str, Vec<Key>, &str)] = &[
        (
            "r = list(set([100, 3, 17]))",
            list(&ints([100, 3, 17])),
            "[17, 3, 100]",
        ),
        (
            "r = list(set([8, 16, 0, 24]))",
            list(&ints([8, 16, 0, 24])),
            "[8, 16, 0, 24]",
        ),
        (
            "r = list(set([0, 8, 16, 24, 32]))",
            list(&ints([0, 8, 16, 24, 32])),
            "[0, 32, 8, 16, 24]",
        ),
        (
            "r = list(set(range(20)))",
            list(&ints(0..20)),
            "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]",
        ),
        (
            "r = list(set(range(100, 0, -7)))",
            list(&ints((1..=100).rev().step_by(7))),
            "[65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30]",
        ),
        (
            "r = list(set([-1, -2, -3, 5, -8]))",
            list(&ints([-1, -2, -3, 5, -8])),
            "[5, -2, -8, -3, -1]",
        ),
        (
            "r = list(set([2**63-1, -2**63, 10**18, 2**61-1, 2**61, 7, 0]))",
            list(&ints([i64::MAX, i64::MIN, 10i64.pow(18), (1 << 61) - 1, 1 << 61, 7, 0])),
            "[1000000000000000000, 2305843009213693951, 2305843009213693952, 9223372036854775807, 0, 7, -9223372036854775808]",
        ),
        (
            "r = list(set([(i * 7919) % 10007 for i in range(200)]))",
            list(&ints((0..200).map(|i| i * 7919 % 10007))),
            "[0, 4099, 8708, 3589, 8198, 3079, 7688, 2569, 7178, 2059, 6668, 1549, 6158, 1039, 5648, 1578, 6187, 1068, 5677, 558, 5167, 9776, 4657, 9266, 48, 8756, 4147, 8246, 3637, 7736, 3127, 3666, 8275, 3156, 7765, 2646, 7255, 2136, 6745, 1626, 6235, 1116, 5725, 5215, 9824, 1655, 1145, 5754, 635, 5244, 9853, 4734, 9343, 125, 8833, 4224, 8323, 3714, 7813, 3204, 7303, 3743, 3233, 7842, 2723, 7332, 2213, 6822, 1703, 6312, 1193, 5802, 683, 5292, 9901, 4782, 9391, 1222, 5831, 712, 5321, 9930, 4811, 9420, 202, 8910, 4301, 8400, 3791, 7890, 3281, 7380, 2771, 6870, 3310, 7919, 2800, 7409, 2290, 6899, 1780, 6389, 1270, 5879, 760, 5369, 9978, 4859, 9468, 250, 8958, 789, 5398, 279, 4888, 9497, 4378, 8987, 3868, 8477, 3358, 7967, 2848, 7457, 2338, 6947, 2877, 7486, 2367, 6976, 1857, 6466, 1347, 5956, 837, 5446, 327, 4936, 9545, 4426, 9035, 356, 4965, 9574, 4455, 9064, 3945, 8554, 3435, 8044, 2925, 7534, 2415, 7024, 1905, 6514, 2444, 7053, 1934, 6543, 1424, 6033, 914, 5523, 404, 5013, 9622, 4503, 9112, 3993, 8602, 4532, 9141, 4022, 8631, 3512, 8121, 3002, 7611, 2492, 7101, 1982, 6591, 1472, 6081, 2011, 6620, 1501, 6110, 991, 5600, 481, 5090, 9699, 4580, 9189, 4070, 8679, 3560, 8169]",
        ),
        (
            "r = list(set([i * i for i in range(50)]))",
            list(&ints((0..50).map(|i| i * i))),
            "[0, 1, 256, 1024, 4, 900, 1156, 2304, 9, 16, 144, 400, 529, 784, 1296, 1681, 1936, 25, 289, 2209, 36, 676, 1444, 169, 49, 441, 1849, 64, 576, 961, 1089, 196, 324, 1600, 2116, 841, 1225, 81, 729, 1369, 225, 2401, 100, 484, 1764, 361, 2025, 625, 1521, 121]",
        ),
        (
            "r = list(set([2**k for k in range(63)]))",
            list(&ints((0..63).map(|k| 1 << k))),
            "[128, 1, 2, 256, 4, 512, 1024, 2048, 8, 4096, 32768, 131072, 262144, 524288, 8192, 1048576, 16, 17179869184, 34359738368, 68719476736, 137438953472, 274877906944, 16384, 2147483648, 4294967296, 8589934592, 4194304, 32, 8388608, 16777216, 33554432, 67108864, 134217728, 268435456, 536870912, 1073741824, 4611686018427387904, 64, 549755813888, 1099511627776, 2199023255552, 4398046511104, 65536, 8796093022208, 17592186044416, 35184372088832, 70368744177664, 140737488355328, 281474976710656, 562949953421312, 1125899906842624, 2251799813685248, 4503599627370496, 9007199254740992, 18014398509481984, 36028797018963968, 72057594037927936, 288230376151711744, 576460752303423488, 1152921504606846976, 2305843009213693952, 2097152, 144115188075855872]",
        ),
        (
            "r = list(set([1 << 40, 1 << 50, 3, 1 << 33, -(1 << 45)]))",
            list(&ints([1 << 40, 1 << 50, 3, 1 << 33, -(1 << 45)])),
            "[1099511627776, 1125899906842624, 8589934592, 3, -35184372088832]",
        ),
        (
            "r = list({100, 3, 17, 5, 9})",
            list(&constant_display([100, 3, 17, 5, 9]).copy()),
            "[17, 3, 100, 5, 9]",
        ),
        (
            "r = list({-5, 12, 44, 1 << 40, 3, 7, 11, 64, 0})",
            list(&constant_display([-5, 12, 44, 1 << 40, 3, 7, 11, 64, 0]).copy()),
            "[1099511627776, 0, 64, 3, 7, 11, 12, 44, -5]",
        ),
        (
            "r = list({0, 8, 16, 24, 32})",
            list(&constant_display([0, 8, 16, 24, 32]).copy()),
            "[0, 32, 16, 8, 24]",
        ),
        (
            "r = [x for x in {0, 8, 16, 24, 32}]",
            list(&constant_display([0, 8, 16, 24, 32])),
            "[0, 32, 8, 16, 24]",
        ),
        (
            "r = [x for x in {17, 1}]",
            list(&constant_display([17, 1])),
            "[17, 1]",
        ),
        (
            "r = [x for x in {33, 1, 17, 9, -7, 65}]",
            list(&constant_display([33, 1, 17, 9, -7, 65])),
            "[65, 33, 1, 9, 17, -7]",
        ),
        (
            "s = set(range(10)); for x in range(5): s.discard(x); s.add(20); s.add(30); r = list(s)",
            {
                let mut s = ints(0..10);
                discard_ints(&mut s, 0..5);
                add_ints(&mut s, [20, 30]);
                list(&s)
            },
            "[5, 6, 7, 8, 9, 20, 30]",
        ),
        (
            "s = set(range(30)); for x in range(0, 30, 2): s.discard(x); for x in range(100, 106): s.add(x); r = list(s)",
            {
                let mut s = ints(0..30);
                discard_ints(&mut s, (0..30).step_by(2));
                add_ints(&mut s, 100..106);
                list(&s)
            },
            "[1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 100, 101, 102, 103, 104, 105]",
        ),
        (
            "s = set([1, 2, 3]); s.discard(2); s.add(10); s.add(2); r = list(s)",
            {
                let mut s = ints([1, 2, 3]);
                discard_ints(&mut s, [2]);
                add_ints(&mut s, [10, 2]);
                list(&s)
            },
            "[2, 1, 10, 3]",
        ),
        (
            "s = set([0, 8, 16]); s.discard(0); s.discard(8); s.add(24); s.add(1); r = list(s)",
            {
                let mut s = ints([0, 8, 16]);
                discard_ints(&mut s, [0, 8]);
                add_ints(&mut s, [24, 1]);
                list(&s)
            },
            "[24, 16, 1]",
        ),
        (
            "s = set(range(40)); for x in range(0, 40, 3): s.discard(x); for x in range(0, 80, 5): s.add(x); r = list(s)",
            {
                let mut s = ints(0..40);
                discard_ints(&mut s, (0..40).step_by(3));
                add_ints(&mut s, (0..80).step_by(5));
                list(&s)
            },
            "[1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 15, 25, 26, 28, 29, 30, 31, 32, 34, 35, 37, 38, 0, 40, 45, 50, 55, 60, 65, 70, 75]",
        ),
        (
            "s = set([5, 1, 9, 3]); s.discard(5); s.discard(1); s.discard(9); s.add(7); s.add(17); s.add(25); r = list(s)",
            {
                let mut s = ints([5, 1, 9, 3]);
                discard_ints(&mut s, [5, 1, 9]);
                add_ints(&mut s, [7, 17, 25]);
                list(&s)
            },
            "[17, 3, 7, 25]",
        ),
        (
            "s = set(range(10)); r = [s.pop() for _ in range(4)] + list(s)",
            {
                let mut s = ints(0..10);
                [pops(&mut s, 4), list(&s)].concat()
            },
            "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]",
        ),
        (
            "s = set([5, 13, 21, 1]); a = s.pop(); s.add(29); b = s.pop(); r = [a, b] + list(s)",
            {
                let mut s = ints([5, 13, 21, 1]);
                let a = pops(&mut s, 1);
                add_ints(&mut s, [29]);
                [a, pops(&mut s, 1), list(&s)].concat()
            },
            "[1, 5, 13, 21, 29]",
        ),
        (
            "s = set(range(5)); s.pop(); s.pop(); s.clear(); s.add(3); s.add(1); s.add(0); r = [s.pop()] + list(s)",
            {
                let mut s = ints(0..5);
                pops(&mut s, 2);
                s.clear();
                add_ints(&mut s, [3, 1, 0]);
                [pops(&mut s, 1), list(&s)].concat()
            },
            "[3, 0, 1]",
        ),
        (
            "s = set(range(0, 200, 3)); r = [s.pop() for _ in range(len(s))]",
            {
                let mut s = ints((0..200).step_by(3));
                let n = s.len();
                pops(&mut s, n)
            },
            "[0, 129, 3, 132, 6, 135, 9, 138, 12, 141, 15, 144, 18, 147, 21, 150, 24, 153, 27, 156, 30, 159, 33, 162, 36, 165, 39, 168, 42, 171, 45, 174, 48, 177, 51, 180, 54, 183, 57, 186, 60, 189, 63, 192, 66, 195, 69, 198, 72, 75, 78, 81, 84, 87, 90, 93, 96, 99, 102, 105, 108, 111, 114, 117, 120, 123, 126]",
        ),
        (
            "s = set(range(6)); a = s.pop(); for x in range(6, 20): s.add(x); r = [a] + [s.pop() for _ in range(3)] + list(s)",
            {
                let mut s = ints(0..6);
                let a = pops(&mut s, 1);
                add_ints(&mut s, 6..20);
                [a, pops(&mut s, 3), list(&s)].concat()
            },
            "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]",
        ),
        (
            "s = set([7, 15, 23, 31]); r = [s.pop(), s.pop()]; s.add(39); s.add(7); r += [s.pop()] + list(s)",
            {
                let mut s = ints([7, 15, 23, 31]);
                let a = pops(&mut s, 2);
                add_ints(&mut s, [39, 7]);
                [a, pops(&mut s, 1), list(&s)].concat()
            },
            "[31, 15, 23, 39, 7]",
        ),
        (
            "r = list(set([1, 2, 3]) | set([9, 33]))",
            list(&union(&ints([1, 2, 3]), &ints([9, 33]), &mut eq)),
            "[1, 2, 3, 33, 9]",
        ),
        (
            "r = list(set(range(50)) | set([1000, 3, 77]))",
            list(&union(&ints(0..50), &ints([1000, 3, 77]), &mut eq)),
            "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 77, 1000]",
        ),
        (
            "r = list(set([1000, 3, 77]) | set(range(50)))",
            list(&union(&ints([1000, 3, 77]), &ints(0..50), &mut eq)),
            "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 77, 1000]",
        ),
        (
            "r = list(set([8, 16, 24, 1, 9]) | set([32, 40, 17]))",
            list(&union(&ints([8, 16, 24, 1, 9]), &ints([32, 40, 17]), &mut eq)),
            "[16, 1, 32, 17, 8, 9, 40, 24]",
        ),
        (
            "a = set([33, 1, 65]); r = list(a | a)",
            {
                let a = ints([33, 1, 65]);
                list(&union(&a, &a, &mut eq))
            },
            "[65, 33, 1]",
        ),
        (
            "s = set([1, 2]); s.update(set(range(10, 20))); s.update(set([1, 99])); r = list(s)",
            {
                let mut s = ints([1, 2]);
                s.update(&ints(10..20), &mut eq);
                s.update(&ints([1, 99]), &mut eq);
                list(&s)
            },
            "[1, 2, 99, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]",
        ),
        (
            "s = set([1, 2, 3]); s.discard(1); s.discard(2); s.discard(3); s.update(set([17, 9, 25])); r = list(s)",
            {
                let mut s = ints([1, 2, 3]);
                discard_ints(&mut s, [1, 2, 3]);
                s.update(&ints([17, 9, 25]), &mut eq);
                list(&s)
            },
            "[17, 9, 25]",
        ),
        (
            "s = set(range(20)); for x in range(0, 20, 2): s.discard(x); r = list(s.copy())",
            {
                let mut s = ints(0..20);
                discard_ints(&mut s, (0..20).step_by(2));
                list(&s.copy())
            },
            "[1, 3, 5, 7, 9, 11, 13, 15, 17, 19]",
        ),
        (
            "r = list(set([8, 0, 16]).copy())",
            list(&ints([8, 0, 16]).copy()),
            "[8, 0, 16]",
        ),
        (
            "r = list(set([5, 4, 3, 2, 1, 40, 36]).copy())",
            list(&ints([5, 4, 3, 2, 1, 40, 36]).copy()),
            "[1, 2, 3, 4, 5, 36, 40]",
        ),
        (
            "r = list(set(range(10)) & set([3, 5, 100, 7]))",
            list(&intersection(&ints(0..10), &ints([3, 5, 100, 7]), &mut eq)),
            "[3, 5, 7]",
        ),
        (
            "r = list(set([3, 5, 100, 7]) & set(range(10)))",
            list(&intersection(&ints([3, 5, 100, 7]), &ints(0..10), &mut eq)),
            "[3, 5, 7]",
        ),
        (
            "r = list(set([1, 2, 3]) & set([1.0, 2.0]))",
            list(&intersection(&ints([1, 2, 3]), &floats([1.0, 2.0]), &mut eq)),
            "[1.0, 2.0]",
        ),
        (
            "r = list(set([1.0, 2.0, 3.0]) & set([3, 2, 1]))",
            list(&intersection(&floats([1.0, 2.0, 3.0]), &ints([3, 2, 1]), &mut eq)),
            "[1, 2, 3]",
        ),
        (
            "r = list(set(range(0, 100, 3)) & set(range(0, 100, 5)))",
            list(&intersection(&ints((0..100).step_by(3)), &ints((0..100).step_by(5)), &mut eq)),
            "[0, 75, 45, 15, 90, 60, 30]",
        ),
        (
            "a = set([9, 1, 17]); r = list(a & a)",
            {
                let a = ints([9, 1, 17]);
                list(&intersection(&a, &a, &mut eq))
            },
            "[9, 1, 17]",
        ),
        (
            "r = list(set(range(10)) - set(range(5)))",
            list(&difference(&ints(0..10), &ints(0..5), &mut eq)),
            "[5, 6, 7, 8, 9]",
        ),
        (
            "r = list(set(range(100)) - set([1, 2, 3]))",
            list(&difference(&ints(0..100), &ints([1, 2, 3]), &mut eq)),
            "[0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99]",
        ),
        (
            "r = list(set(range(64)) - set(range(0, 30, 2)))",
            list(&difference(&ints(0..64), &ints((0..30).step_by(2)), &mut eq)),
            "[1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63]",
        ),
        (
            "s = set(range(50)); s -= set(range(40)); r = list(s)",
            {
                let mut s = ints(0..50);
                s.difference_update(&ints(0..40), &mut eq);
                list(&s)
            },
            "[40, 41, 42, 43, 44, 45, 46, 47, 48, 49]",
        ),
        (
            "s = set(range(30)); s.difference_update([1, 2, 3, 100]); s.add(64); r = list(s)",
            {
                let mut s = ints(0..30);
                s.difference_update_keys([1, 2, 3, 100].map(|i| (int(i), hash(int(i)))), &mut eq);
                add_ints(&mut s, [64]);
                list(&s)
            },
            "[0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 64]",
        ),
        (
            "r = list(set([1, 2, 3, 4]) ^ set([3, 4, 5, 6]))",
            list(&symmetric_difference(&ints([1, 2, 3, 4]), &ints([3, 4, 5, 6]), &mut eq)),
            "[1, 2, 5, 6]",
        ),
        (
            "r = list(set(range(30)) ^ set([5, 50, 6, 60]))",
            list(&symmetric_difference(&ints(0..30), &ints([5, 50, 6, 60]), &mut eq)),
            "[0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 50, 60]",
        ),
        (
            "r = list(set([5, 50, 6, 60]) ^ set(range(30)))",
            list(&symmetric_difference(&ints([5, 50, 6, 60]), &ints(0..30), &mut eq)),
            "[0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 50, 60]",
        ),
        (
            "s = set([1, 9, 17]); s ^= set([9, 25, 33, 41]); r = list(s)",
            {
                let mut s = ints([1, 9, 17]);
                s.symmetric_difference_update(&ints([9, 25, 33, 41]), &mut eq);
                list(&s)
            },
            "[1, 33, 41, 17, 25]",
        ),
        (
            "r = list(set([1.5, 2.5, 0.1, -0.1, 100.0]))",
            list(&floats([1.5, 2.5, 0.1, -0.1, 100.0])),
            "[0.1, 1.5, 2.5, -0.1, 100.0]",
        ),
        (
            "r = list(set([0.5 * i for i in range(20)]))",
            list(&floats((0..20).map(|i| 0.5 * i as f64))),
            "[0.0, 0.5, 2.0, 1.0, 1.5, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5]",
        ),
        (
            "r = list(set([1, 1.0, 2.0, 2, 3, -0.5]))",
            list(&set_of([int(1), float(1.0), float(2.0), int(2), int(3), float(-0.5)])),
            "[-0.5, 1, 2.0, 3]",
        ),
        (
            "r = list(set([(1, 2), (2, 1), (0, 0), (3, 4), (10, 20)]))",
            list(&tuples(&[&[1, 2], &[2, 1], &[0, 0], &[3, 4], &[10, 20]])),
            "[(1, 2), (2, 1), (3, 4), (0, 0), (10, 20)]",
        ),
        (
            "r = list(set([(i, i * i) for i in range(15)]))",
            list(&set_of((0..15).map(|i| tuple(&[i, i * i])))),
            "[(7, 49), (2, 4), (4, 16), (0, 0), (1, 1), (14, 196), (12, 144), (8, 64), (6, 36), (10, 100), (3, 9), (11, 121), (5, 25), (13, 169), (9, 81)]",
        ),
        (
            "r = list(set([(1, 2), (3,)]) | set([(), (1, 2, 3), (2, 1)]))",
            list(&union(&tuples(&[&[1, 2], &[3]]), &tuples(&[&[], &[1, 2, 3], &[2, 1]]), &mut eq)),
            "[(1, 2), (2, 1), (), (3,), (1, 2, 3)]",
        ),
        (
            "s = set(range(10)); s.pop(); s &= set([5, 6, 7, 1, 2]); r = [s.pop()] + list(s)",
            {
                let mut s = ints(0..10);
                pops(&mut s, 1);
                s.intersection_update(&ints([5, 6, 7, 1, 2]), &mut eq);
                [pops(&mut s, 1), list(&s)].concat()
            },
            "[1, 2, 5, 6, 7]",
        ),
        (
            "s = set([0, 2305843009213693951, -1, -2, 1]); r = list(s)",
            list(&ints([0, (1 << 61) - 1, -1, -2, 1])),
            "[0, 2305843009213693951, 1, -2, -1]",
        ),
        (
            "d = dict.fromkeys([5, 3, 100, 17, 9, 44]); r = list(set(d))",
            {
                let mut s = PySet::new();
                s.reserve(6);
                add_ints(&mut s, [5, 3, 100, 17, 9, 44]);
                list(&s)
            },
            "[17, 3, 100, 5, 9, 44]",
        ),
        (
            "s = set(range(12)); s.clear(); s.add(9); s.add(1); r = list(s)",
            {
                let mut s = ints(0..12);
                s.clear();
                add_ints(&mut s, [9, 1]);
                list(&s)
            },
            "[9, 1]",
        ),
        ];
        assert!(cases.len() >= 40);
        let mut failures = Vec::new();
        for (python, actual, expected) in cases {
            let actual = render(actual);
            if actual != *expected {
                failures.push(format!(
                    "{python}\n  CPython: {expected}\n  PySet:   {actual}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// `sys.getsizeof` shows CPython's table size: `(size - 216) / 16` slots
    /// beyond the built-in 8-slot table.
    #[test]
    fn table_sizes_match_cpython() {
        // (n, slots of set(range(n)), slots of its copy)
        let cases = [
            (4, 8, 8),
            (5, 32, 16),
            (18, 32, 64),
            (19, 128, 64),
            (100, 512, 256),
            (1000, 2048, 2048),
        ];
        for (n, slots, copy_slots) in cases {
            let set = ints(0..n);
            assert_eq!(set.slots(), slots, "set(range({n}))");
            assert_eq!(set.copy().capacity(), copy_slots, "set(range({n})).copy()");
        }
        let mut set = ints(0..50);
        set.difference_update(&ints(0..40), &mut eq);
        assert_eq!(set.slots(), 64, "s = set(range(50)); s -= set(range(40))");
    }

    /// Big sets take CPython's growth steps, including doubling (not
    /// quadrupling) once over 50,000 keys.
    #[test]
    fn large_sets_match_cpython() {
        // s = set((i * 2654435761) % 2**40 for i in range(60000)); r = list(s)
        let set = ints((0..60_000).map(|i| i * 2_654_435_761 % (1 << 40)));
        let r = list(&set);
        assert_eq!(set.slots(), 131_072);
        assert_eq!(
            render(&r[..6]),
            "[0, 534686334978, 1069372669956, 533625700359, 1068312035337, 532565065740]"
        );
        assert_eq!(
            render(&r[29_997..30_003]),
            "[267343167489, 802029502467, 266282532870, 800968867848, 236143575050, 265221898251]"
        );
        assert_eq!(
            render(&r[r.len() - 6..]),
            "[2121269238, 536807604216, 1071493939194, 1060634619, 535746969597, 1070433304575]"
        );

        // s = set(range(60000))
        // for i in range(60000, 160000): s.add(i); s.discard(i - 60000)
        let mut set = ints(0..60_000);
        for i in 60_000..160_000 {
            add_ints(&mut set, [i]);
            discard_ints(&mut set, [i - 60_000]);
        }
        let r = list(&set);
        assert_eq!(set.slots(), 131_072);
        assert_eq!(r.len(), 60_000);
        assert_eq!(render(&r[..3]), "[131072, 131073, 131074]");
        assert_eq!(render(&r[r.len() - 3..]), "[131069, 131070, 131071]");
    }

    #[test]
    fn comparisons() {
        let (a, b, c) = (ints([1, 2]), ints([2, 1, 3]), floats([3.0, 4.0]));
        assert!(is_subset(&a, &b, &mut eq));
        assert!(!is_subset(&b, &a, &mut eq));
        assert!(is_equal(
            &ints([1, 2, 3]),
            &set_of([float(3.0), int(2), float(1.0)]),
            &mut eq
        ));
        assert!(!is_equal(&a, &b, &mut eq));
        assert!(is_disjoint(&a, &c, &mut eq));
        assert!(!is_disjoint(&b, &c, &mut eq));
        assert!(is_disjoint(&PySet::new(), &PySet::<Key>::new(), &mut eq));
        assert!(!is_disjoint(&a, &a, &mut eq));
    }

    #[test]
    fn membership_and_slots() {
        let mut set = ints([3, -1, -2]);
        assert!(set.contains(float(3.0), hash(float(3.0)), &mut eq));
        // -1 and -2 share a hash but are different keys.
        assert!(!set.add(int(-1), hash(int(-1)), &mut eq));
        assert!(set.discard(int(-2), hash(int(-2)), &mut eq));
        assert!(!set.discard(int(-2), hash(int(-2)), &mut eq));
        assert!(set.contains(int(-1), hash(int(-1)), &mut eq));
        let by_slot: Vec<Key> = (0..set.slots())
            .filter_map(|i| set.slot(i))
            .map(|(k, _)| k)
            .collect();
        assert_eq!(render(&by_slot), render(&list(&set)));
        assert_eq!(set.slot(set.slots()).map(|(k, _)| repr(k)), None);
        let mut seen = Vec::new();
        set.for_each_ref(|k| seen.push(k));
        assert_eq!(render(&seen), "[3, -1]");
        assert_eq!(set.len(), 2);
        assert_eq!(PySet::<Key>::new().pop().map(repr), None);
    }
}
