//! Methods of `dict`.

use super::builtins::{arity, no_kwargs, with_roots};
use super::error::PyResult;
use super::Vm;
use crate::runtime::dict::PyDict;
use crate::runtime::object::{DictViewKind, DictViewObj, ObjBody};
use crate::runtime::value::Value;

type Kwargs<'a> = &'a [(Value, Value)];

/// The table of a dict receiver. Not to be held across a call into Python code.
fn table(recv: Value) -> &'static mut PyDict {
    match &mut recv.as_obj().expect("dict").body {
        ObjBody::Dict(d) => d,
        _ => unreachable!("dict method on a non-dict"),
    }
}

/// `d.get(key, default=None)`
pub fn get(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "dict.get", kwargs)?;
    arity(vm, "get", args, 1, 2)?;
    let default = args.get(1).copied().unwrap_or(Value::NONE);
    Ok(vm.dict_get(recv, args[0])?.unwrap_or(default))
}

fn view(
    vm: &mut Vm,
    qualname: &str,
    recv: Value,
    args: &[Value],
    kwargs: Kwargs,
    kind: DictViewKind,
) -> PyResult<Value> {
    no_kwargs(vm, qualname, kwargs)?;
    arity(vm, qualname, args, 0, 0)?;
    Ok(vm
        .heap
        .alloc(ObjBody::DictView(DictViewObj { dict: recv, kind })))
}

pub fn keys(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    view(vm, "dict.keys", recv, args, kwargs, DictViewKind::Keys)
}

pub fn values(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    view(vm, "dict.values", recv, args, kwargs, DictViewKind::Values)
}

pub fn items(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    view(vm, "dict.items", recv, args, kwargs, DictViewKind::Items)
}

/// `d.pop(key[, default])`
pub fn pop(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "dict.pop", kwargs)?;
    arity(vm, "pop", args, 1, 2)?;
    // An empty dict is not searched, so the key is not hashed (as in CPython).
    let found = if table(recv).is_empty() {
        None
    } else {
        vm.dict_remove(recv, args[0])?
    };
    match (found, args.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(&default)) => Ok(default),
        (None, None) => Err(vm.key_error(args[0])),
    }
}

/// `d.popitem()`: the last inserted pair.
pub fn popitem(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "dict.popitem", kwargs)?;
    arity(vm, "dict.popitem", args, 0, 0)?;
    match table(recv).pop_last() {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty".to_string());
            Err(vm.key_error(msg))
        }
    }
}

/// `d.setdefault(key, default=None)`
pub fn setdefault(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "dict.setdefault", kwargs)?;
    arity(vm, "setdefault", args, 1, 2)?;
    if let Some(v) = vm.dict_get(recv, args[0])? {
        return Ok(v);
    }
    let default = args.get(1).copied().unwrap_or(Value::NONE);
    vm.dict_set(recv, args[0], default)?;
    Ok(default)
}

/// `d.update([other], **kwargs)`: from a dict, an object with `keys()`, or an
/// iterable of pairs; then the keyword arguments.
pub fn update(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity(vm, "update", args, 0, 1)?;
    if let Some(&src) = args.first() {
        if matches!(src.as_obj().map(|o| &o.body), Some(ObjBody::Instance(_)))
            && vm.has_dunder(src, "keys")
        {
            update_from_mapping(vm, recv, src)?;
        } else {
            vm.dict_update(recv, src)?;
        }
    }
    for &(k, v) in kwargs {
        vm.dict_set(recv, k, v)?;
    }
    Ok(Value::NONE)
}

/// `d.update(m)` for a mapping object: `d[k] = m[k]` for each `k in m.keys()`.
pub(crate) fn update_from_mapping(vm: &mut Vm, d: Value, mapping: Value) -> PyResult<()> {
    with_roots(vm, |vm, _| {
        let keys = vm.call_dunder(mapping, "keys", &[])?.unwrap_or(Value::NONE);
        vm.roots.push(keys);
        let keys = vm.collect_iterable(keys)?;
        vm.roots.extend_from_slice(&keys);
        for k in keys {
            let v = vm.get_item(mapping, k)?;
            vm.dict_set(d, k, v)?;
        }
        Ok(())
    })
}

pub fn copy(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "dict.copy", kwargs)?;
    arity(vm, "dict.copy", args, 0, 0)?;
    let copy = table(recv).copy();
    Ok(vm.heap.alloc(ObjBody::Dict(Box::new(copy))))
}

pub fn clear(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "dict.clear", kwargs)?;
    arity(vm, "dict.clear", args, 0, 0)?;
    table(recv).clear();
    Ok(Value::NONE)
}

/// `dict.fromkeys(iterable, value=None)`: a new dict (the receiver only
/// provides the type).
pub fn fromkeys(vm: &mut Vm, _recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "dict.fromkeys", kwargs)?;
    arity(vm, "fromkeys", args, 1, 2)?;
    let value = args.get(1).copied().unwrap_or(Value::NONE);
    with_roots(vm, |vm, _| {
        let keys = vm.collect_iterable(args[0])?;
        vm.roots.extend_from_slice(&keys);
        let d = vm.new_dict();
        vm.roots.push(d);
        for k in keys {
            vm.dict_set(d, k, value)?;
        }
        Ok(d)
    })
}
