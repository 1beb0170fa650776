//! Methods of `set`, building their results exactly as the call mapping at the
//! top of `runtime/set.rs` prescribes, so that sets keep CPython's order.
//!
//! Results are heap sets, rooted before any element of another iterable is
//! hashed or compared (a user `__hash__`/`__eq__` is a safepoint).

use super::builtins::{arity, no_kwargs, with_roots};
use super::error::{Exc, PyResult};
use super::Vm;
use crate::bytecode::BinaryOp;
use crate::runtime::object::{DictViewKind, ObjBody};
use crate::runtime::set::{self, PySet};
use crate::runtime::value::Value;

type Kwargs<'a> = &'a [(Value, Value)];

/// The table of a set value, to modify it.
fn body(s: Value) -> &'static mut PySet<Value> {
    match &mut s.as_obj().expect("set").body {
        ObjBody::Set(set) => set,
        _ => unreachable!("not a set"),
    }
}

/// The table of a set value, to read it (the same set may be both operands).
fn table(s: Value) -> &'static PySet<Value> {
    match &s.as_obj().expect("set").body {
        ObjBody::Set(set) => set,
        _ => unreachable!("not a set"),
    }
}

pub(crate) fn is_set(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.body), Some(ObjBody::Set(_)))
}

fn is_dict(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.body), Some(ObjBody::Dict(_)))
}

/// Runs `f` with an equality for set keys (identity, then `==`). The first
/// error a user `__eq__` raises makes every later comparison false, and is
/// returned.
fn with_eq<R>(
    vm: &mut Vm,
    f: impl FnOnce(&mut dyn FnMut(Value, Value) -> bool) -> R,
) -> PyResult<R> {
    let mut failed: Option<Exc> = None;
    let r = f(&mut |a, b| {
        if failed.is_some() {
            return false;
        }
        vm.key_eq(a, b).unwrap_or_else(|e| {
            failed = Some(e);
            false
        })
    });
    failed.map_or(Ok(r), Err)
}

/// The elements of an iterable with their hashes, in iteration order: a set's
/// and a dict's stored hashes, or each element hashed. The elements are pushed
/// on `vm.roots`; the caller truncates.
fn hashed_elements(vm: &mut Vm, x: Value) -> PyResult<Vec<(Value, i64)>> {
    match x.as_obj().map(|o| &o.body) {
        Some(ObjBody::Set(s)) => return Ok(s.iter().collect()),
        Some(ObjBody::Dict(d)) => return Ok(d.iter_hashed().map(|(h, k, _)| (k, h)).collect()),
        _ => {}
    }
    let items = vm.collect_iterable(x)?;
    vm.roots.extend_from_slice(&items);
    items
        .into_iter()
        .map(|item| Ok((item, vm.hash(item)?)))
        .collect()
}

/// A new, rooted, empty heap set.
fn new_rooted_set(vm: &mut Vm, contents: PySet<Value>) -> Value {
    let s = vm.heap.alloc(ObjBody::Set(Box::new(contents)));
    vm.roots.push(s);
    s
}

/// `set(x)` for a non-set `x`, rooted.
fn rooted_set_of(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let s = vm.set_from_iterable(x)?;
    vm.roots.push(s);
    Ok(s)
}

/// Adds every element of `x` to set `s` as `s.update(x)` does (`x` is not `s`), and
/// as CPython's `SET_UPDATE` does for `{*x}` (a set `x` merged in its table order).
#[cold]
#[inline(never)] // kept out of the interpreter loop, which calls it for `{*x}`
pub(crate) fn update_from(vm: &mut Vm, s: Value, x: Value) -> PyResult<()> {
    if is_set(x) {
        return with_eq(vm, |eq| body(s).update(table(x), eq));
    }
    if let Some(ObjBody::Dict(d)) = x.as_obj().map(|o| &o.body) {
        body(s).reserve(d.len());
    }
    for (k, h) in hashed_elements(vm, x)? {
        with_eq(vm, |eq| body(s).add(k, h, eq))?;
    }
    Ok(())
}

pub fn add(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "set.add", kwargs)?;
    arity(vm, "set.add", args, 1, 1)?;
    vm.set_add(recv, args[0])?;
    Ok(Value::NONE)
}

pub fn remove(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "set.remove", kwargs)?;
    arity(vm, "set.remove", args, 1, 1)?;
    if vm.set_discard(recv, args[0])? {
        Ok(Value::NONE)
    } else {
        Err(vm.key_error(args[0]))
    }
}

pub fn discard(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "set.discard", kwargs)?;
    arity(vm, "set.discard", args, 1, 1)?;
    vm.set_discard(recv, args[0])?;
    Ok(Value::NONE)
}

pub fn pop(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "set.pop", kwargs)?;
    arity(vm, "set.pop", args, 0, 0)?;
    match body(recv).pop() {
        Some(v) => Ok(v),
        None => {
            let msg = vm.new_str("pop from an empty set".to_string());
            Err(vm.key_error(msg))
        }
    }
}

pub fn clear(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "set.clear", kwargs)?;
    arity(vm, "set.clear", args, 0, 0)?;
    body(recv).clear();
    Ok(Value::NONE)
}

pub fn copy(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "set.copy", kwargs)?;
    arity(vm, "set.copy", args, 0, 0)?;
    let copy = table(recv).copy();
    Ok(vm.heap.alloc(ObjBody::Set(Box::new(copy))))
}

/// `a.union(*xs)`: a copy of `a`, updated with each `x` that is not `a`.
pub fn union(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "set.union", kwargs)?;
    with_roots(vm, |vm, _| {
        let r = new_rooted_set(vm, table(recv).copy());
        for &x in args {
            if x != recv {
                update_from(vm, r, x)?;
            }
        }
        Ok(r)
    })
}

/// `a.update(*xs)`
pub fn update(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "set.update", kwargs)?;
    with_roots(vm, |vm, _| {
        for &x in args {
            if x != recv {
                update_from(vm, recv, x)?;
            }
        }
        Ok(Value::NONE)
    })
}

/// `a.intersection(*xs)`, rooted: `a.copy()` with no `xs`; else, starting from
/// `a`, each set `x` intersected, each other iterable's elements filtered by
/// membership in the result so far.
fn intersection_multi(vm: &mut Vm, a: Value, xs: &[Value]) -> PyResult<Value> {
    if xs.is_empty() {
        return Ok(new_rooted_set(vm, body(a).copy()));
    }
    let mut r = a;
    for &x in xs {
        let next = if is_set(x) {
            with_eq(vm, |eq| set::intersection(table(r), table(x), eq))?
        } else {
            let mut common = PySet::new();
            for (k, h) in hashed_elements(vm, x)? {
                if with_eq(vm, |eq| table(r).contains(k, h, eq))? {
                    with_eq(vm, |eq| common.add(k, h, eq))?;
                }
            }
            common
        };
        r = new_rooted_set(vm, next);
    }
    Ok(r)
}

pub fn intersection(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "set.intersection", kwargs)?;
    with_roots(vm, |vm, _| intersection_multi(vm, recv, args))
}

/// `a.intersection_update(*xs)`: the intersection's table becomes `a`'s.
pub fn intersection_update(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: Kwargs,
) -> PyResult<Value> {
    no_kwargs(vm, "set.intersection_update", kwargs)?;
    with_roots(vm, |vm, _| {
        let r = intersection_multi(vm, recv, args)?;
        let result = std::mem::take(body(r));
        body(recv).replace_body(result);
        Ok(Value::NONE)
    })
}

/// `s -= x` for `x` that is not a set: each element of `x` discarded.
fn difference_update_from(vm: &mut Vm, s: Value, x: Value) -> PyResult<()> {
    if x == s {
        body(s).clear();
        return Ok(());
    }
    if is_set(x) {
        return with_eq(vm, |eq| body(s).difference_update(table(x), eq));
    }
    let keys = hashed_elements(vm, x)?;
    with_eq(vm, |eq| body(s).difference_update_keys(keys, eq))
}

/// `a.difference(*xs)`: the first `x` as for `a - x` (a dict counting as the
/// set of its keys, another iterable as a copy of `a` with its elements
/// discarded), then `r -= x` for the rest.
pub fn difference(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "set.difference", kwargs)?;
    with_roots(vm, |vm, _| {
        let Some((&first, rest)) = args.split_first() else {
            return Ok(new_rooted_set(vm, table(recv).copy()));
        };
        let r = if is_set(first) || is_dict(first) {
            let other = if is_set(first) {
                first
            } else {
                let keys = hashed_elements(vm, first)?;
                let mut key_set = PySet::new();
                key_set.reserve(keys.len());
                for (k, h) in keys {
                    with_eq(vm, |eq| key_set.add(k, h, eq))?;
                }
                new_rooted_set(vm, key_set)
            };
            let result = with_eq(vm, |eq| set::difference(table(recv), table(other), eq))?;
            new_rooted_set(vm, result)
        } else {
            let r = new_rooted_set(vm, table(recv).copy());
            difference_update_from(vm, r, first)?;
            r
        };
        for &x in rest {
            difference_update_from(vm, r, x)?;
        }
        Ok(r)
    })
}

/// `a.difference_update(*xs)`
pub fn difference_update(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: Kwargs,
) -> PyResult<Value> {
    no_kwargs(vm, "set.difference_update", kwargs)?;
    with_roots(vm, |vm, _| {
        for &x in args {
            difference_update_from(vm, recv, x)?;
        }
        Ok(Value::NONE)
    })
}

/// `a.symmetric_difference(x)`: `a ^ x` for a set; else `set(x) ^= a`.
pub fn symmetric_difference(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: Kwargs,
) -> PyResult<Value> {
    no_kwargs(vm, "set.symmetric_difference", kwargs)?;
    arity(vm, "set.symmetric_difference", args, 1, 1)?;
    let x = args[0];
    with_roots(vm, |vm, _| {
        if is_set(x) {
            let result = with_eq(vm, |eq| {
                set::symmetric_difference(table(recv), table(x), eq)
            })?;
            return Ok(new_rooted_set(vm, result));
        }
        let r = rooted_set_of(vm, x)?;
        with_eq(vm, |eq| {
            body(r).symmetric_difference_update(table(recv), eq)
        })?;
        Ok(r)
    })
}

/// `a.symmetric_difference_update(x)`
pub fn symmetric_difference_update(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: Kwargs,
) -> PyResult<Value> {
    no_kwargs(vm, "set.symmetric_difference_update", kwargs)?;
    arity(vm, "set.symmetric_difference_update", args, 1, 1)?;
    let x = args[0];
    with_roots(vm, |vm, _| {
        if x == recv {
            body(recv).clear();
        } else if is_dict(x) {
            for (k, h) in hashed_elements(vm, x)? {
                with_eq(vm, |eq| {
                    let s = body(recv);
                    if !s.discard(k, h, eq) {
                        s.add(k, h, eq);
                    }
                })?;
            }
        } else {
            let other = if is_set(x) { x } else { rooted_set_of(vm, x)? };
            with_eq(vm, |eq| {
                body(recv).symmetric_difference_update(table(other), eq)
            })?;
        }
        Ok(Value::NONE)
    })
}

/// `a.issubset(x)`
pub fn issubset(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "set.issubset", kwargs)?;
    arity(vm, "set.issubset", args, 1, 1)?;
    with_roots(vm, |vm, _| {
        let other = if is_set(args[0]) {
            args[0]
        } else {
            rooted_set_of(vm, args[0])?
        };
        with_eq(vm, |eq| set::is_subset(table(recv), table(other), eq)).map(Value::bool)
    })
}

/// Whether any element of `x` is (`wanted = true`) or is not in set `s`.
fn any_element(vm: &mut Vm, s: Value, x: Value, wanted: bool) -> PyResult<bool> {
    with_roots(vm, |vm, _| {
        for (k, h) in hashed_elements(vm, x)? {
            if with_eq(vm, |eq| table(s).contains(k, h, eq))? == wanted {
                return Ok(true);
            }
        }
        Ok(false)
    })
}

/// `a.issuperset(x)`
pub fn issuperset(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "set.issuperset", kwargs)?;
    arity(vm, "set.issuperset", args, 1, 1)?;
    let x = args[0];
    if is_set(x) {
        return with_eq(vm, |eq| set::is_subset(table(x), table(recv), eq)).map(Value::bool);
    }
    any_element(vm, recv, x, false).map(|missing| Value::bool(!missing))
}

/// `a.isdisjoint(x)`
pub fn isdisjoint(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "set.isdisjoint", kwargs)?;
    arity(vm, "set.isdisjoint", args, 1, 1)?;
    let x = args[0];
    if is_set(x) {
        return with_eq(vm, |eq| set::is_disjoint(table(recv), table(x), eq)).map(Value::bool);
    }
    any_element(vm, recv, x, true).map(|common| Value::bool(!common))
}

/// `a | b`, `a - b`, `a ^ b`, `a & b` where `b` or `a` is a dict's keys or items
/// view, as CPython's `dictviews_or`/`_sub`/`_xor` and `_PyDictView_Intersect` build
/// them: the left operand as a set (a keys view from its dict, which presizes the
/// table), then updated with the right one; `&` iterates the smaller operand.
pub(crate) fn view_operator(vm: &mut Vm, op: BinaryOp, a: Value, b: Value) -> PyResult<Value> {
    with_roots(vm, |vm, _| {
        if op == BinaryOp::BitAnd {
            return view_intersection(vm, a, b);
        }
        let src = match a.as_obj().map(|o| &o.body) {
            Some(ObjBody::DictView(view)) if view.kind == DictViewKind::Keys => view.dict,
            _ => a,
        };
        let r = rooted_set_of(vm, src)?;
        match op {
            BinaryOp::BitOr => update_from(vm, r, b)?,
            BinaryOp::Sub => difference_update_from(vm, r, b)?,
            BinaryOp::BitXor => {
                symmetric_difference_update(vm, r, &[b], &[])?;
            }
            _ => unreachable!("not a set operator"),
        }
        Ok(r)
    })
}

/// `_PyDictView_Intersect`: the view is `this`; a set at least as large as the view
/// intersects itself with the view; else the elements of the other operand (or of
/// the smaller of two views) that the larger view contains, in that order.
fn view_intersection(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let is_view = |v: Value| matches!(v.as_obj().map(|o| &o.body), Some(ObjBody::DictView(_)));
    let (mut this, mut other) = if is_view(a) { (a, b) } else { (b, a) };
    let this_len = vm.len_of(this)?;
    if is_set(other) && this_len <= table(other).len() {
        return intersection_multi(vm, other, &[this]);
    }
    if is_view(other) && vm.len_of(other)? > this_len {
        std::mem::swap(&mut this, &mut other);
    }
    let items = vm.collect_iterable(other)?;
    vm.roots.extend_from_slice(&items);
    let r = new_rooted_set(vm, PySet::new());
    for item in items {
        if vm.contains(this, item)? {
            let h = vm.hash(item)?;
            with_eq(vm, |eq| body(r).add(item, h, eq))?;
        }
    }
    Ok(r)
}
