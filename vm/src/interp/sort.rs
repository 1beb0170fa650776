//! Sorting for `sorted()` and `list.sort()`: stable, with `key=` and
//! `reverse=` as CPython defines them, comparing with `<` only.
//!
//! User `__lt__` may raise or be inconsistent, so the general path is a merge
//! sort over a fallible comparison that never panics. Lists whose keys are all
//! ints, all floats or all strs are sorted without going through `compare`.

use super::error::PyResult;
use super::number::Int;
use super::ops::CmpKind;
use super::Vm;
use crate::runtime::object::ObjBody;
use crate::runtime::value::Value;

/// Runs shorter than this are sorted by binary insertion before merging.
const MIN_RUN: usize = 16;

/// Sorts `items` stably by the strict order `lt`. On the first error of `lt` it
/// stops and returns it, leaving `items` a permutation of what it was.
pub fn merge_sort<T: Copy, E>(
    items: &mut [T],
    lt: &mut dyn FnMut(T, T) -> Result<bool, E>,
) -> Result<(), E> {
    let n = items.len();
    for start in (0..n).step_by(MIN_RUN) {
        insertion_sort(&mut items[start..(start + MIN_RUN).min(n)], lt)?;
    }
    let mut buf = items.to_vec();
    let mut width = MIN_RUN;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            merge(
                &items[start..mid],
                &items[mid..end],
                &mut buf[start..end],
                lt,
            )?;
        }
        items.copy_from_slice(&buf);
        width *= 2;
    }
    Ok(())
}

/// Binary insertion sort: each item goes after every item it is not less than.
fn insertion_sort<T: Copy, E>(
    items: &mut [T],
    lt: &mut dyn FnMut(T, T) -> Result<bool, E>,
) -> Result<(), E> {
    for i in 1..items.len() {
        let x = items[i];
        let (mut lo, mut hi) = (0, i);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if lt(x, items[mid])? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        items.copy_within(lo..i, lo + 1);
        items[lo] = x;
    }
    Ok(())
}

/// Merges two sorted runs into `out`; on ties the left run's item comes first.
fn merge<T: Copy, E>(
    left: &[T],
    right: &[T],
    out: &mut [T],
    lt: &mut dyn FnMut(T, T) -> Result<bool, E>,
) -> Result<(), E> {
    // Runs already in order (the last of `left` is not above the first of `right`).
    if left.is_empty() || right.is_empty() || !lt(right[0], left[left.len() - 1])? {
        out[..left.len()].copy_from_slice(left);
        out[left.len()..].copy_from_slice(right);
        return Ok(());
    }
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if lt(right[j], left[i])? {
            out[k] = right[j];
            j += 1;
        } else {
            out[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    let rest = if i < left.len() {
        &left[i..]
    } else {
        &right[j..]
    };
    out[k..].copy_from_slice(rest);
    Ok(())
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
                let r: Result<(), ()> = merge_sort(order, &mut |a, b| Ok(k[a] < k[b]));
                r.unwrap_or(());
            }
        }
    }
}

impl Vm {
    /// Sorts `items` as `list.sort(key=key, reverse=reverse)` does (`key` None
    /// for no key function). The caller keeps `items` rooted; the keys are
    /// rooted here. On error `items` is left in its original order.
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
        match NativeKeys::of(&keys) {
            Some(native) => native.sort(&mut order),
            None => merge_sort(&mut order, &mut |a, b| {
                let r = self.compare(keys[a], keys[b], CmpKind::Lt)?;
                self.truthy(r)
            })?,
        }
        if reverse {
            order.reverse();
        }
        let sorted: Vec<Value> = order.iter().map(|&i| items[i]).collect();
        items.copy_from_slice(&sorted);
        Ok(())
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
    fn merge_sort_is_stable() {
        let mut items: Vec<(i32, i32)> = (0..200).map(|i| ((i * 37) % 11, i)).collect();
        let mut expected = items.clone();
        expected.sort_by_key(|p| p.0);
        let r: Result<(), ()> = merge_sort(&mut items, &mut |a, b| Ok(a.0 < b.0));
        assert!(r.is_ok());
        assert_eq!(items, expected);
    }

    #[test]
    fn merge_sort_stops_at_the_first_error() {
        let mut items: Vec<i32> = (0..100).rev().collect();
        let mut calls = 0;
        let r = merge_sort(&mut items, &mut |a, b| {
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
    fn merge_sort_survives_inconsistent_orders() {
        let mut items: Vec<i32> = (0..100).collect();
        let r: Result<(), ()> = merge_sort(&mut items, &mut |a, b| Ok((a + b) % 3 == 0));
        assert!(r.is_ok());
        assert_eq!(items.len(), 100);
    }
}
