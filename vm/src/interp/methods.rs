//! Methods of built-in types (`list.append`, `str.split`, `dict.get`, ...).
//! [`METHODS`] is the one table; `CallMethod` on a built-in receiver and attribute
//! access (`xs.append`) both go through it.

use super::builtins::{arity, check_kwargs};
use super::error::PyResult;
use super::types::BuiltinType;
use super::Vm;
use crate::runtime::object::ObjBody;
use crate::runtime::value::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A method: the receiver, positional and keyword arguments.
pub type MethodFn = fn(&mut Vm, Value, &[Value], &[(Value, Value)]) -> PyResult<Value>;

pub static METHODS: &[(BuiltinType, &str, MethodFn)] =
    &[(BuiltinType::List, "append", list_append)];

/// The index in [`METHODS`] of `t.name` (bool falls back to int's methods).
pub fn method_id(t: BuiltinType, name: &str) -> Option<u16> {
    static INDEX: OnceLock<HashMap<(BuiltinType, &'static str), u16>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        METHODS
            .iter()
            .enumerate()
            .map(|(i, (t, n, _))| ((*t, *n), i as u16))
            .collect()
    });
    index.get(&(t, name)).copied().or_else(|| {
        if t == BuiltinType::Bool {
            index.get(&(BuiltinType::Int, name)).copied()
        } else {
            None
        }
    })
}

/// Calls method `name` of a built-in receiver; `Ok(None)` if the type has no such method.
pub fn call_method(
    vm: &mut Vm,
    recv: Value,
    name: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Option<Value>> {
    let t = vm.builtin_type(recv);
    match method_id(t, name) {
        Some(id) => (METHODS[id as usize].2)(vm, recv, args, kwargs).map(Some),
        None => Ok(None),
    }
}

fn list_items(recv: Value) -> &'static mut Vec<Value> {
    match &mut recv.as_obj().expect("list").body {
        ObjBody::List(items) => items,
        _ => unreachable!("list method on a non-list"),
    }
}

fn list_append(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    check_kwargs(vm, "append", kwargs, &[])?;
    arity(vm, "list.append", args, 1, 1)?;
    list_items(recv).push(args[0]);
    Ok(Value::NONE)
}
