//! Sorting for `sorted()` and `list.sort()`: stable, with `key=` and
//! `reverse=` as CPython defines them, comparing with `<` only.
//!
//! The general path is CPython's own algorithm ([`timsort`]) over a fallible
//! comparison that never panics: a user `__lt__` may raise, count its calls or be
//! inconsistent (NaN), and sees the comparisons CPython makes. Lists whose keys are
//! all ints or all strs (total orders) are sorted without going through `compare`.

use super::error::PyResult;
use super::number::Int;
use super::ops::CmpKind;
use super::Vm;
use crate::runtime::object::ObjBody;
use crate::runtime::value::Value;

/// Sorts `items` stably by the strict order `lt` with CPython 3.11's `listsort`
/// (timsort with the powersort merge policy), step for step: the same comparisons
/// in the same order, so an inconsistent order (NaN, a user `__lt__`) leaves the
/// items where CPython leaves them, and a counting `__lt__` counts the same. On the
/// first error of `lt` it stops and returns it, leaving `items` a permutation of
/// what it was (CPython's partial order at that point).
pub fn timsort<T: Copy, E>(
    items: &mut [T],
    lt: &mut dyn FnMut(T, T) -> Result<bool, E>,
) -> Result<(), E> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        a: items,
        lt,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        tmp: Vec::new(),
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let (mut run, descending) = ms.count_run(lo, n)?;
        if descending {
            ms.a[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binarysort(lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(run, n)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
    }
    ms.force_collapse()
}

/// When galloping starts to pay (`MIN_GALLOP` in listobject.c).
const MIN_GALLOP: usize = 7;

/// `merge_compute_minrun`: the run length short runs are extended to.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `powerloop`: the powersort node power of two adjacent runs.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// listobject.c's `MergeState`, over the slice being sorted.
struct MergeState<'s, 'f, T, E> {
    a: &'s mut [T],
    lt: &'f mut dyn FnMut(T, T) -> Result<bool, E>,
    min_gallop: usize,
    pending: Vec<Run>,
    tmp: Vec<T>,
}

impl<T: Copy, E> MergeState<'_, '_, T, E> {
    /// `count_run`: the length of the run at `lo` (below `hi`), and whether it is
    /// strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> Result<(usize, bool), E> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if (self.lt)(self.a[lo + 1], self.a[lo])? {
            while lo + n < hi && (self.lt)(self.a[lo + n], self.a[lo + n - 1])? {
                n += 1;
            }
            Ok((n, true))
        } else {
            while lo + n < hi && !(self.lt)(self.a[lo + n], self.a[lo + n - 1])? {
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// `binarysort`: extends the sorted `[lo, start)` to `[lo, hi)`.
    fn binarysort(&mut self, lo: usize, hi: usize, mut start: usize) -> Result<(), E> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.a[start];
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if (self.lt)(pivot, self.a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.a.copy_within(l..start, l + 1);
            self.a[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// `found_new_run`: merges what the powersort policy says must be merged
    /// before a run of `n2` items is pushed.
    fn found_new_run(&mut self, n2: usize, list_len: usize) -> Result<(), E> {
        let Some(top) = self.pending.last().copied() else {
            return Ok(());
        };
        let power = powerloop(top.base, top.len, n2, list_len);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(self.pending.len() - 2)?;
        }
        let last = self.pending.len() - 1;
        self.pending[last].power = power;
        Ok(())
    }

    /// `merge_force_collapse`
    fn force_collapse(&mut self) -> Result<(), E> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// `merge_at`: merges the pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> Result<(), E> {
        let (mut base_a, mut na) = (self.pending[i].base, self.pending[i].len);
        let (base_b, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Where b's first item goes in a: a's items before it are in place.
        let k = gallop_right(self.a[base_b], &self.a[base_a..base_a + na], 0, self.lt)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Where a's last item goes in b: b's items after it are in place.
        let nb = gallop_left(
            self.a[base_a + na - 1],
            &self.a[base_b..base_b + nb],
            nb - 1,
            self.lt,
        )?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(base_a, na, base_b, nb)
        } else {
            self.merge_hi(base_a, na, base_b, nb)
        }
    }

    /// `merge_lo`: merges a (copied out) into place from the left; `na <= nb`.
    fn merge_lo(
        &mut self,
        base_a: usize,
        mut na: usize,
        base_b: usize,
        mut nb: usize,
    ) -> Result<(), E> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[base_a..base_a + na]);
        let (mut pa, mut pb, mut dest) = (0, base_b, base_a);
        self.a[dest] = self.a[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let result = (|| -> Result<bool, E> {
            // Ok(true): a's last item is left for the end ("CopyB").
            if nb == 0 {
                return Ok(false);
            }
            if na == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    if (self.lt)(self.a[pb], self.tmp[pa])? {
                        self.a[dest] = self.a[pb];
                        dest += 1;
                        pb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            return Ok(false);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[dest] = self.tmp[pa];
                        dest += 1;
                        pa += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            return Ok(true);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = gallop_right(self.a[pb], &self.tmp[pa..pa + na], 0, self.lt)?;
                    acount = k;
                    if k > 0 {
                        self.a[dest..dest + k].copy_from_slice(&self.tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            return Ok(true);
                        }
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    self.a[dest] = self.a[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        return Ok(false);
                    }
                    let k = gallop_left(self.tmp[pa], &self.a[pb..pb + nb], 0, self.lt)?;
                    bcount = k;
                    if k > 0 {
                        self.a.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    self.a[dest] = self.tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        return Ok(true);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match result {
            Ok(true) => {
                self.a.copy_within(pb..pb + nb, dest);
                self.a[dest + nb] = self.tmp[pa];
                Ok(())
            }
            other => {
                // Done or failed: what is left of a goes back where it belongs.
                self.a[dest..dest + na].copy_from_slice(&self.tmp[pa..pa + na]);
                other.map(|_| ())
            }
        }
    }

    /// `merge_hi`: merges b (copied out) into place from the right; `na > nb`.
    fn merge_hi(
        &mut self,
        base_a: usize,
        mut na: usize,
        base_b: usize,
        mut nb: usize,
    ) -> Result<(), E> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[base_b..base_b + nb]);
        // Indices of the last items still to place (signed: they run below 0).
        let mut dest = (base_b + nb - 1) as isize;
        let mut pa = (base_a + na - 1) as isize;
        let mut pb = nb as isize - 1;
        let at = |i: isize| i as usize;
        self.a[at(dest)] = self.a[at(pa)];
        dest -= 1;
        pa -= 1;
        na -= 1;
        let result = (|| -> Result<bool, E> {
            // Ok(true): b's first item is left for the front ("CopyA").
            if na == 0 {
                return Ok(false);
            }
            if nb == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    if (self.lt)(self.tmp[at(pb)], self.a[at(pa)])? {
                        self.a[at(dest)] = self.a[at(pa)];
                        dest -= 1;
                        pa -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            return Ok(false);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[at(dest)] = self.tmp[at(pb)];
                        dest -= 1;
                        pb -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            return Ok(true);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = gallop_right(
                        self.tmp[at(pb)],
                        &self.a[base_a..base_a + na],
                        na - 1,
                        self.lt,
                    )?;
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        self.a.copy_within(at(pa + 1)..at(pa + 1) + k, at(dest + 1));
                        na -= k;
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    self.a[at(dest)] = self.tmp[at(pb)];
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        return Ok(true);
                    }
                    let k = gallop_left(self.a[at(pa)], &self.tmp[..nb], nb - 1, self.lt)?;
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        self.a[at(dest + 1)..at(dest + 1) + k]
                            .copy_from_slice(&self.tmp[at(pb + 1)..at(pb + 1) + k]);
                        nb -= k;
                        if nb == 1 {
                            return Ok(true);
                        }
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    self.a[at(dest)] = self.a[at(pa)];
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        return Ok(false);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match result {
            Ok(true) => {
                let start = at(pa + 1 - na as isize);
                self.a
                    .copy_within(start..start + na, at(dest + 1 - na as isize));
                dest -= na as isize;
                self.a[at(dest)] = self.tmp[at(pb)];
                Ok(())
            }
            other => {
                // Done or failed: what is left of b goes back where it belongs.
                if nb > 0 {
                    let start = at(dest + 1 - nb as isize);
                    self.a[start..start + nb].copy_from_slice(&self.tmp[..nb]);
                }
                other.map(|_| ())
            }
        }
    }
}

/// `gallop_left`: the index in the sorted `a` where `key` goes before every item
/// equal to it, searching from `hint` outwards as listobject.c does.
fn gallop_left<T: Copy, E>(
    key: T,
    a: &[T],
    hint: usize,
    lt: &mut dyn FnMut(T, T) -> Result<bool, E>,
) -> Result<usize, E> {
    let n = a.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(a[hint as usize], key)? {
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(a[(hint + ofs) as usize], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(a[(hint - ofs) as usize], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(a[m as usize], key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// `gallop_right`: the index in the sorted `a` where `key` goes after every item
/// equal to it.
fn gallop_right<T: Copy, E>(
    key: T,
    a: &[T],
    hint: usize,
    lt: &mut dyn FnMut(T, T) -> Result<bool, E>,
) -> Result<usize, E> {
    let n = a.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(key, a[hint as usize])? {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, a[(hint - ofs) as usize])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, a[(hint + ofs) as usize])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, a[m as usize])? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// Keys that can be ordered without running Python code.
enum NativeKeys {
    Ints(Vec<i64>),
    Floats(Vec<f64>),
    Strs(Vec<&'static str>),
}

impl NativeKeys {
    /// The keys as one native type, if they all are ints within i64 (or bools),
    /// floats or strs.
    fn of(keys: &[Value]) -> Option<NativeKeys> {
        let first = *keys.first()?;
        let as_i64 = |k: Value| match Vm::as_int(k) {
            Some(Int::Small(i)) => Some(i),
            _ => None,
        };
        if as_i64(first).is_some() {
            let ints = keys.iter().map(|&k| as_i64(k));
            ints.collect::<Option<_>>().map(NativeKeys::Ints)
        } else if first.is_float() {
            let floats = keys.iter().map(|k| k.is_float().then(|| k.as_float()));
            floats.collect::<Option<_>>().map(NativeKeys::Floats)
        } else {
            let strs = keys.iter().map(|k| match k.as_obj().map(|o| &o.body) {
                Some(ObjBody::Str(s)) => Some(&*s.text),
                _ => None,
            });
            strs.collect::<Option<_>>().map(NativeKeys::Strs)
        }
    }

    /// Stably sorts the permutation `order` by these keys.
    fn sort(&self, order: &mut [usize]) {
        match self {
            NativeKeys::Ints(k) => order.sort_by_key(|&i| k[i]),
            NativeKeys::Strs(k) => order.sort_by(|&a, &b| k[a].cmp(k[b])),
            // NaN makes `<` inconsistent, so floats take the merge sort, which
            // tolerates that as CPython's sort does.
            NativeKeys::Floats(k) => {
                let r: Result<(), ()> = timsort(order, &mut |a, b| Ok(k[a] < k[b]));
                r.unwrap_or(());
            }
        }
    }
}

impl Vm {
    /// Sorts `items` as `list.sort(key=key, reverse=reverse)` does (`key` None
    /// for no key function). The caller keeps `items` rooted; the keys are
    /// rooted here. When a key function fails `items` is left as it was; when a
    /// comparison fails, in the order the sort had reached (as CPython leaves it).
    pub fn sort_values(&mut self, items: &mut [Value], key: Value, reverse: bool) -> PyResult<()> {
        let mark = self.roots.len();
        let result = self.sort_rooted(items, key, reverse, mark);
        self.roots.truncate(mark);
        result
    }

    fn sort_rooted(
        &mut self,
        items: &mut [Value],
        key: Value,
        reverse: bool,
        mark: usize,
    ) -> PyResult<()> {
        if key.is_none() && items.iter().all(|v| v.is_small_int()) {
            // Equal small ints are the same word, so no program can tell an unstable
            // sort from a stable one: sort the words in place by their value.
            items.sort_unstable_by_key(|v| v.as_small_int());
            if reverse {
                items.reverse();
            }
            return Ok(());
        }
        if !key.is_none() {
            for &item in items.iter() {
                let k = self.call_value(key, &[item], &[])?;
                self.roots.push(k);
            }
        }
        let keys: Vec<Value> = if key.is_none() {
            items.to_vec()
        } else {
            self.roots[mark..].to_vec()
        };
        // CPython reverses, sorts stably, and reverses again, so equal items keep
        // their original order in a reversed sort too.
        let mut order: Vec<usize> = (0..items.len()).collect();
        if reverse {
            order.reverse();
        }
        let result = match NativeKeys::of(&keys) {
            Some(native) => {
                native.sort(&mut order);
                Ok(())
            }
            None => timsort(&mut order, &mut |a, b| {
                let r = self.compare(keys[a], keys[b], CmpKind::Lt)?;
                self.truthy(r)
            }),
        };
        // After a failed comparison too, as CPython leaves the list: in the order
        // the sort had reached.
        if reverse {
            order.reverse();
        }
        let sorted: Vec<Value> = order.iter().map(|&i| items[i]).collect();
        items.copy_from_slice(&sorted);
        result
    }

    /// `list.sort(key=..., reverse=...)` in place. The list is empty while it
    /// is sorted, so a key function or `__lt__` that changes it is detected.
    pub fn sort_list(&mut self, list: Value, key: Value, reverse: bool) -> PyResult<()> {
        let mut items = match &mut list.as_obj().expect("list").body {
            ObjBody::List(items) => std::mem::take(items),
            _ => unreachable!("sort_list on a non-list"),
        };
        let mark = self.roots.len();
        self.roots.extend_from_slice(&items);
        let result = self.sort_values(&mut items, key, reverse);
        self.roots.truncate(mark);
        let ObjBody::List(slot) = &mut list.as_obj().expect("list").body else {
            unreachable!("a list stays a list");
        };
        let modified = !slot.is_empty();
        *slot = items;
        result?;
        if modified {
            return Err(self.value_error("list modified during sort"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timsort_is_stable() {
        let mut items: Vec<(i32, i32)> = (0..200).map(|i| ((i * 37) % 11, i)).collect();
        let mut expected = items.clone();
        expected.sort_by_key(|p| p.0);
        let r: Result<(), ()> = timsort(&mut items, &mut |a, b| Ok(a.0 < b.0));
        assert!(r.is_ok());
        assert_eq!(items, expected);
    }

    #[test]
    fn timsort_stops_at_the_first_error() {
        let mut items: Vec<i32> = (0..100).rev().collect();
        let mut calls = 0;
        let r = timsort(&mut items, &mut |a, b| {
            calls += 1;
            if calls == 50 {
                Err("boom")
            } else {
                Ok(a < b)
            }
        });
        assert_eq!(r, Err("boom"));
        let mut seen = items.clone();
        seen.sort();
        assert_eq!(seen, (0..100).collect::<Vec<_>>());
    }

    #[test]
    fn timsort_survives_inconsistent_orders() {
        let mut items: Vec<i32> = (0..100).collect();
        let r: Result<(), ()> = timsort(&mut items, &mut |a, b| Ok((a + b) % 3 == 0));
        assert!(r.is_ok());
        assert_eq!(items.len(), 100);
    }
}
