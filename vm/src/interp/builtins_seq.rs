//! Builtins over iterables: `min`, `max`, `sum`, `sorted`, `reversed`,
//! `enumerate`, `zip`, `map`, `filter`, `any`, `all`.
//!
//! Each holds the iterator it walks (and any partial result) on `vm.roots`
//! while it calls into Python code, and truncates the roots on every path.

use super::builtins::{arg_or_kwarg, as_str, check_kwargs, int_arg, kwarg, positional, with_roots};
use super::error::PyResult;
use super::ops::CmpKind;
use super::Vm;
use crate::bytecode::BinaryOp;
use crate::runtime::object::{IterState, ObjBody};
use crate::runtime::value::Value;

pub fn min(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    min_max(vm, args, kwargs, "min", CmpKind::Lt)
}

pub fn max(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    min_max(vm, args, kwargs, "max", CmpKind::Gt)
}

/// `min`/`max` over one iterable or several arguments: the first item whose key
/// is not beaten by a later one (`op` is `<` for min, `>` for max).
fn min_max(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
    name: &str,
    op: CmpKind,
) -> PyResult<Value> {
    if args.is_empty() {
        let msg = format!("{name} expected at least 1 argument, got 0");
        return Err(vm.type_error(msg));
    }
    check_kwargs(vm, name, kwargs, &["key", "default"])?;
    let key = kwarg(vm, kwargs, "key").filter(|k| !k.is_none());
    let default = kwarg(vm, kwargs, "default");
    let source = match args {
        [] => {
            let msg = format!("{name} expected at least 1 argument, got 0");
            return Err(vm.type_error(msg));
        }
        [one] => *one,
        _ => {
            if default.is_some() {
                let msg = format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                );
                return Err(vm.type_error(msg));
            }
            vm.new_tuple(args.to_vec())
        }
    };
    with_roots(vm, |vm, mark| {
        vm.roots.push(source);
        let it = vm.get_iter(source)?;
        // Slots: the iterator, the best item so far and its key.
        vm.roots.extend([it, Value::UNBOUND, Value::UNBOUND]);
        let (best, best_key) = (mark + 2, mark + 3);
        while let Some(item) = vm.iter_next(it)? {
            vm.roots.push(item);
            let k = match key {
                Some(f) => vm.call_value(f, &[item], &[])?,
                None => item,
            };
            vm.roots.pop();
            if vm.roots[best].is_unbound() {
                vm.roots[best] = item;
                vm.roots[best_key] = k;
                continue;
            }
            vm.roots.extend([item, k]);
            let better = vm.compare(k, vm.roots[best_key], op)?;
            let better = vm.truthy(better)?;
            vm.roots.truncate(best_key + 1);
            if better {
                vm.roots[best] = item;
                vm.roots[best_key] = k;
            }
        }
        match (vm.roots[best], default) {
            (b, _) if !b.is_unbound() => Ok(b),
            (_, Some(d)) => Ok(d),
            _ => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        }
    })
}

/// `sum(iterable, /, start=0)`: left-to-right `+`, as CPython 3.11 adds.
pub fn sum(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    check_kwargs(vm, "sum", kwargs, &["start"])?;
    if args.len() > 2 {
        let msg = format!("sum() takes at most 2 arguments ({} given)", args.len());
        return Err(vm.type_error(msg));
    }
    let start = arg_or_kwarg(vm, args, kwargs, 1, "start").unwrap_or(Value::small_int(0));
    if as_str(start).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    with_roots(vm, |vm, mark| {
        let it = vm.get_iter(args[0])?;
        vm.roots.extend([it, start]);
        let total = mark + 1;
        while let Some(item) = vm.iter_next(it)? {
            let acc = vm.roots[total];
            vm.roots[total] = if acc.is_small_int() && item.is_small_int() {
                // Two 48-bit ints never overflow an i64.
                vm.new_int(acc.as_small_int() + item.as_small_int())
            } else if acc.is_float() && item.is_float() {
                Value::float(acc.as_float() + item.as_float())
            } else {
                vm.binary_op(BinaryOp::Add, acc, item)?
            };
        }
        Ok(vm.roots[total])
    })
}

/// `sorted(iterable, /, *, key=None, reverse=False)`
/// (CPython sorts the new list with `list.sort`, whose name its keyword errors give.)
pub fn sorted(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() != 1 {
        let msg = format!("sorted expected 1 argument, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    // As CPython: the items first, then `list.sort`'s keywords.
    let items = vm.collect_iterable(args[0])?;
    vm.roots.extend_from_slice(&items);
    let options = sort_options(vm, kwargs);
    vm.roots.truncate(vm.roots.len() - items.len());
    let (key, reverse) = options?;
    let list = vm.new_list(items);
    vm.roots.push(list);
    let r = vm.sort_list(list, key, reverse);
    vm.roots.pop();
    r.map(|()| list)
}

/// The `key=` (None if absent) and `reverse=` keyword arguments of a sort.
pub fn sort_options(vm: &mut Vm, kwargs: &[(Value, Value)]) -> PyResult<(Value, bool)> {
    if kwargs.len() > 2 {
        let msg = format!(
            "sort() takes at most 2 keyword arguments ({} given)",
            kwargs.len()
        );
        return Err(vm.type_error(msg));
    }
    check_kwargs(vm, "sort", kwargs, &["key", "reverse"])?;
    let key = kwarg(vm, kwargs, "key").unwrap_or(Value::NONE);
    let reverse = match kwarg(vm, kwargs, "reverse") {
        None => false,
        Some(r) => int_arg(vm, r)? != 0,
    };
    Ok((key, reverse))
}

/// `reversed(seq)`: lists, tuples, strs and ranges by index from the end; dicts
/// and their views in reverse insertion order; objects with `__reversed__` or
/// `__len__` and `__getitem__`.
pub fn reversed(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "reversed", args, kwargs, 1, 1)?;
    let seq = args[0];
    let sequence = match seq.as_obj().map(|o| &o.body) {
        Some(ObjBody::List(_) | ObjBody::Tuple(_) | ObjBody::Str(_) | ObjBody::Range(_)) => seq,
        Some(ObjBody::Dict(_) | ObjBody::DictView(_)) => {
            let items = vm.collect_iterable(seq)?;
            vm.new_list(items)
        }
        Some(ObjBody::Instance(_)) => {
            if let Some(r) = vm.call_dunder(seq, "__reversed__", &[])? {
                return Ok(r);
            }
            // A sequence (it has __getitem__) must have a length too.
            if !vm.has_dunder(seq, "__getitem__") {
                return Err(not_reversible(vm, seq));
            }
            with_roots(vm, |vm, _| {
                let n = vm.len_of(seq)?;
                let items = vm.new_list(Vec::with_capacity(n));
                vm.roots.push(items);
                for i in 0..n {
                    let v = vm.get_item(seq, Value::small_int(i as i64))?;
                    if let ObjBody::List(l) = &mut items.as_obj().expect("list").body {
                        l.push(v);
                    }
                }
                Ok(items)
            })?
        }
        _ => return Err(not_reversible(vm, seq)),
    };
    let index = vm.len_of(sequence)?;
    Ok(vm.new_iter(IterState::Reversed {
        seq: sequence,
        index,
    }))
}

fn not_reversible(vm: &mut Vm, v: Value) -> super::error::Exc {
    let msg = format!("'{}' object is not reversible", vm.type_name(v));
    vm.type_error(msg)
}

/// `enumerate(iterable, start=0)`
pub fn enumerate(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "enumerate", kwargs, &["iterable", "start"])?;
    let Some(iterable) = arg_or_kwarg(vm, args, kwargs, 0, "iterable") else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    if args.len() > 2 {
        let msg = format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len()
        );
        return Err(vm.type_error(msg));
    }
    let count = arg_or_kwarg(vm, args, kwargs, 1, "start").unwrap_or(Value::small_int(0));
    if Vm::as_int(count).is_none() {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(count)
        );
        return Err(vm.type_error(msg));
    }
    let count = vm.binary_op(BinaryOp::Add, count, Value::small_int(0))?;
    let inner = vm.get_iter(iterable)?;
    Ok(vm.new_iter(IterState::Enumerate { inner, count }))
}

/// Iterators over each of `sources`, kept on the roots until the caller is done.
fn iters_of(vm: &mut Vm, sources: &[Value]) -> PyResult<Box<[Value]>> {
    let mark = vm.roots.len();
    for &s in sources {
        let it = vm.get_iter(s)?;
        vm.roots.push(it);
    }
    Ok(vm.roots[mark..].into())
}

/// `zip(*iterables)`: tuples until the shortest is exhausted.
pub fn zip(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "zip", kwargs, &["strict"])?;
    if let Some(strict) = kwarg(vm, kwargs, "strict") {
        if vm.truthy(strict)? {
            return Err(vm.not_supported("zip(strict=True)"));
        }
    }
    if args.is_empty() {
        // A zip of nothing, which yields nothing.
        return Ok(vm.new_iter(IterState::Zip {
            iters: Box::new([]),
        }));
    }
    with_roots(vm, |vm, _| {
        let iters = iters_of(vm, args)?;
        Ok(vm.new_iter(IterState::Zip { iters }))
    })
}

/// `map(func, *iterables)`
pub fn map(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "map", kwargs, &[])?;
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    with_roots(vm, |vm, _| {
        let iters = iters_of(vm, &args[1..])?;
        Ok(vm.new_iter(IterState::Map {
            func: args[0],
            iters,
        }))
    })
}

/// `filter(func_or_None, iterable)`
pub fn filter(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "filter", args, kwargs, 2, 2)?;
    let inner = vm.get_iter(args[1])?;
    Ok(vm.new_iter(IterState::Filter {
        func: args[0],
        inner,
    }))
}

pub fn any(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "any", args, kwargs, 1, 1)?;
    first_truthiness(vm, args[0], true).map(Value::bool)
}

pub fn all(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "all", args, kwargs, 1, 1)?;
    first_truthiness(vm, args[0], false).map(|found| Value::bool(!found))
}

/// Whether some item of `iterable` has truthiness `wanted` (stops at the first).
fn first_truthiness(vm: &mut Vm, iterable: Value, wanted: bool) -> PyResult<bool> {
    with_roots(vm, |vm, _| {
        let it = vm.get_iter(iterable)?;
        vm.roots.push(it);
        while let Some(item) = vm.iter_next(it)? {
            if vm.truthy(item)? == wanted {
                return Ok(true);
            }
        }
        Ok(false)
    })
}
