//! Methods of built-in types (`list.append`, `str.split`, `dict.get`, ...).
//! [`METHODS`] is the one table; `CallMethod` on a built-in receiver and attribute
//! access (`xs.append`) both go through it. The methods of list, tuple, int and
//! float live here; str, dict and set have their own files.

use super::builtins::{arity, no_kwargs};
use super::builtins_seq::sort_options;
use super::dict_methods as dictm;
use super::error::PyResult;
use super::number::Int;
use super::set_methods as setm;
use super::str_methods as strm;
use super::types::BuiltinType;
use super::Vm;
use crate::runtime::object::ObjBody;
use crate::runtime::value::Value;
use std::collections::HashMap;
use std::sync::OnceLock;
use BuiltinType::{
    Dict, DictItems, DictKeys, Float, Int as IntT, List, Range, Set, Slice, Str, Tuple,
};

/// A method: the receiver, positional and keyword arguments.
pub type MethodFn = fn(&mut Vm, Value, &[Value], &[(Value, Value)]) -> PyResult<Value>;

pub static METHODS: &[(BuiltinType, &str, MethodFn)] = &[
    (List, "append", list_append),
    (List, "pop", list_pop),
    (List, "insert", list_insert),
    (List, "extend", list_extend),
    (List, "remove", list_remove),
    (List, "index", list_index),
    (List, "count", list_count),
    (List, "sort", list_sort),
    (List, "reverse", list_reverse),
    (List, "copy", list_copy),
    (List, "clear", list_clear),
    (Tuple, "count", tuple_count),
    (Tuple, "index", tuple_index),
    (Range, "count", range_count),
    (Slice, "indices", slice_indices),
    (Range, "index", range_index),
    (DictKeys, "isdisjoint", view_isdisjoint),
    (DictItems, "isdisjoint", view_isdisjoint),
    (IntT, "bit_length", int_bit_length),
    (Float, "is_integer", float_is_integer),
    (Str, "join", strm::join),
    (Str, "split", strm::split),
    (Str, "rsplit", strm::rsplit),
    (Str, "splitlines", strm::splitlines),
    (Str, "strip", strm::strip),
    (Str, "lstrip", strm::lstrip),
    (Str, "rstrip", strm::rstrip),
    (Str, "upper", strm::upper),
    (Str, "lower", strm::lower),
    (Str, "casefold", strm::casefold),
    (Str, "swapcase", strm::swapcase),
    (Str, "title", strm::title),
    (Str, "capitalize", strm::capitalize),
    (Str, "replace", strm::replace),
    (Str, "startswith", strm::startswith),
    (Str, "endswith", strm::endswith),
    (Str, "find", strm::find),
    (Str, "rfind", strm::rfind),
    (Str, "index", strm::index),
    (Str, "rindex", strm::rindex),
    (Str, "count", strm::count),
    (Str, "isdigit", strm::isdigit),
    (Str, "isalpha", strm::isalpha),
    (Str, "isspace", strm::isspace),
    (Str, "isupper", strm::isupper),
    (Str, "islower", strm::islower),
    (Str, "isalnum", strm::isalnum),
    (Str, "isdecimal", strm::isdecimal),
    (Str, "isnumeric", strm::isnumeric),
    (Str, "istitle", strm::istitle),
    (Str, "isascii", strm::isascii),
    (Str, "isidentifier", strm::isidentifier),
    (Str, "isprintable", strm::isprintable),
    (Str, "center", strm::center),
    (Str, "ljust", strm::ljust),
    (Str, "rjust", strm::rjust),
    (Str, "zfill", strm::zfill),
    (Str, "partition", strm::partition),
    (Str, "rpartition", strm::rpartition),
    (Str, "expandtabs", strm::expandtabs),
    (Str, "removeprefix", strm::removeprefix),
    (Str, "removesuffix", strm::removesuffix),
    (Str, "format", strm::format),
    (Dict, "get", dictm::get),
    (BuiltinType::Property, "getter", property_getter),
    (BuiltinType::Property, "setter", property_setter),
    (BuiltinType::Property, "deleter", property_deleter),
    (Dict, "keys", dictm::keys),
    (Dict, "values", dictm::values),
    (Dict, "items", dictm::items),
    (Dict, "pop", dictm::pop),
    (Dict, "popitem", dictm::popitem),
    (Dict, "setdefault", dictm::setdefault),
    (Dict, "update", dictm::update),
    (Dict, "copy", dictm::copy),
    (Dict, "clear", dictm::clear),
    (Dict, "fromkeys", dictm::fromkeys),
    (Set, "add", setm::add),
    (Set, "remove", setm::remove),
    (Set, "discard", setm::discard),
    (Set, "pop", setm::pop),
    (Set, "clear", setm::clear),
    (Set, "copy", setm::copy),
    (Set, "union", setm::union),
    (Set, "update", setm::update),
    (Set, "intersection", setm::intersection),
    (Set, "intersection_update", setm::intersection_update),
    (Set, "difference", setm::difference),
    (Set, "difference_update", setm::difference_update),
    (Set, "symmetric_difference", setm::symmetric_difference),
    (
        Set,
        "symmetric_difference_update",
        setm::symmetric_difference_update,
    ),
    (Set, "issubset", setm::issubset),
    (Set, "issuperset", setm::issuperset),
    (Set, "isdisjoint", setm::isdisjoint),
    (BuiltinType::BaseException, "__init__", exception_init),
    (BuiltinType::Object, "__init__", object_init),
    (BuiltinType::Object, "__eq__", object_eq),
    (BuiltinType::Object, "__ne__", object_ne),
    (BuiltinType::Object, "__lt__", object_not_implemented),
    (BuiltinType::Object, "__le__", object_not_implemented),
    (BuiltinType::Object, "__gt__", object_not_implemented),
    (BuiltinType::Object, "__ge__", object_not_implemented),
    (BuiltinType::Object, "__hash__", object_hash),
    (BuiltinType::Object, "__repr__", object_repr),
    (BuiltinType::Object, "__str__", object_str),
    (BuiltinType::BaseException, "__str__", exception_str),
    (BuiltinType::BaseException, "__repr__", exception_repr),
];

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

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: a copy of the property
/// with that function replaced (the decorator forms `@x.setter`).
fn property_with(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
    field: &'static str,
) -> PyResult<Value> {
    no_kwargs(vm, field, kwargs)?;
    arity(vm, field, args, 1, 1)?;
    let mut fields = [
        ("fget", vm.wrapped(recv, "fget")),
        ("fset", vm.wrapped(recv, "fset")),
        ("fdel", vm.wrapped(recv, "fdel")),
    ];
    for f in fields.iter_mut() {
        if f.0 == field {
            f.1 = args[0];
        }
    }
    super::convert::wrapper(vm, BuiltinType::Property, &fields)
}

fn property_getter(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    property_with(vm, recv, args, kwargs, "fget")
}

fn property_setter(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    property_with(vm, recv, args, kwargs, "fset")
}

fn property_deleter(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    property_with(vm, recv, args, kwargs, "fdel")
}

/// The method `name` of built-in type `t` or of its nearest built-in base that has
/// one (`ValueError.__init__` is BaseException's, `C.__eq__` object's).
pub fn method_in_bases(mut t: BuiltinType, name: &str) -> Option<u16> {
    loop {
        if let Some(id) = method_id(t, name) {
            return Some(id);
        }
        if t == BuiltinType::Object {
            return None;
        }
        t = t.base();
    }
}

/// Whether built-in type `sub` is `sup` or derives from it.
pub fn derives_from(mut sub: BuiltinType, sup: BuiltinType) -> bool {
    loop {
        if sub == sup {
            return true;
        }
        if sub == BuiltinType::Object {
            return false;
        }
        sub = sub.base();
    }
}

/// `BaseException.__init__(self, *args)` (reached through `super().__init__`).
fn exception_init(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "BaseException.__init__", kwargs)?;
    let tuple = vm.new_tuple(args.to_vec());
    if let Some(ObjBody::Exception(e)) = recv.as_obj().map(|o| &mut o.body) {
        e.args = tuple;
    }
    Ok(Value::NONE)
}

/// `object.__init__(self)` (reached through `super().__init__`).
fn object_init(
    vm: &mut Vm,
    _recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    if !args.is_empty() || !kwargs.is_empty() {
        return Err(vm.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::NONE)
}

/// `object.__eq__(self, other)`: equal if the same object, else NotImplemented.
fn object_eq(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "object.__eq__", kwargs)?;
    arity(vm, "__eq__", args, 1, 1)?;
    Ok(if recv == args[0] {
        Value::TRUE
    } else {
        vm.not_implemented()
    })
}

/// `object.__ne__(self, other)`: the inverse of the type's `__eq__`.
fn object_ne(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "object.__ne__", kwargs)?;
    arity(vm, "__ne__", args, 1, 1)?;
    let eq = match vm.call_dunder(recv, "__eq__", &[args[0]])? {
        Some(r) => r,
        None => object_eq(vm, recv, args, kwargs)?,
    };
    if vm.is_not_implemented(eq) {
        return Ok(eq);
    }
    let t = vm.truthy(eq)?;
    Ok(Value::bool(!t))
}

/// `object.__lt__` and the other orderings: NotImplemented.
fn object_not_implemented(
    vm: &mut Vm,
    _recv: Value,
    args: &[Value],
    _kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    arity(vm, "comparison", args, 1, 1)?;
    Ok(vm.not_implemented())
}

/// `object.__hash__(self)`: by identity.
fn object_hash(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "object.__hash__", kwargs)?;
    arity(vm, "__hash__", args, 0, 0)?;
    Ok(vm.new_int((recv.bits() >> 4) as i64))
}

/// `object.__repr__(self)`: `<__main__.C object at 0x...>`.
fn object_repr(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "object.__repr__", kwargs)?;
    arity(vm, "__repr__", args, 0, 0)?;
    let s = vm.default_repr(recv);
    Ok(vm.new_str(s))
}

/// `object.__str__(self)`: the type's repr.
fn object_str(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "object.__str__", kwargs)?;
    arity(vm, "__str__", args, 0, 0)?;
    let s = vm.repr(recv)?;
    Ok(vm.new_str(s))
}

/// `BaseException.__str__(self)`: its one argument's str, or its arguments'.
fn exception_str(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "BaseException.__str__", kwargs)?;
    arity(vm, "__str__", args, 0, 0)?;
    let s = vm.exception_str(recv)?;
    Ok(vm.new_str(s))
}

/// `BaseException.__repr__(self)`: `ValueError('x')`.
fn exception_repr(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "BaseException.__repr__", kwargs)?;
    arity(vm, "__repr__", args, 0, 0)?;
    let s = vm.exception_default_repr(recv)?;
    Ok(vm.new_str(s))
}

/// The items of a list receiver. Not to be held across a call into Python code,
/// which may change the list.
fn list_items(recv: Value) -> &'static mut Vec<Value> {
    match &mut recv.as_obj().expect("list").body {
        ObjBody::List(items) => items,
        _ => unreachable!("list method on a non-list"),
    }
}

fn tuple_items(recv: Value) -> &'static [Value] {
    match &recv.as_obj().expect("tuple").body {
        ObjBody::Tuple(items) => items,
        _ => unreachable!("tuple method on a non-tuple"),
    }
}

/// A `start`/`stop` argument of `index`: an int (big ints clamped).
fn slice_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match Vm::as_int(v) {
        Some(Int::Small(i)) => Ok(i),
        Some(Int::Big(b)) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// The `start, stop` range of `seq.index(x, start, stop)` for a sequence of `len`.
fn index_range(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| -> usize {
        if i < 0 {
            (i.saturating_add(len as i64)).max(0) as usize
        } else {
            i as usize
        }
    };
    let start = match args.get(1) {
        Some(&v) => clamp(slice_index(vm, v)?),
        None => 0,
    };
    let stop = match args.get(2) {
        Some(&v) => clamp(slice_index(vm, v)?),
        None => usize::MAX,
    };
    Ok((start, stop))
}

/// Equality as containers test membership: identity first, then `==`.
fn same(vm: &mut Vm, item: Value, x: Value) -> PyResult<bool> {
    Ok(item == x || vm.eq(item, x)?)
}

fn list_append(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "list.append", kwargs)?;
    arity(vm, "list.append", args, 1, 1)?;
    list_items(recv).push(args[0]);
    Ok(Value::NONE)
}

fn list_pop(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "list.pop", kwargs)?;
    arity(vm, "pop", args, 0, 1)?;
    let i = match args.first() {
        Some(&v) => super::builtins::int_arg(vm, v)?,
        None => -1,
    };
    let items = list_items(recv);
    if items.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let len = items.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if !(0..len).contains(&j) {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items.remove(j as usize))
}

fn list_insert(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "list.insert", kwargs)?;
    arity(vm, "insert", args, 2, 2)?;
    let i = super::builtins::int_arg(vm, args[0])?;
    let items = list_items(recv);
    let len = items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(at as usize, args[1]);
    Ok(Value::NONE)
}

fn list_extend(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "list.extend", kwargs)?;
    arity(vm, "list.extend", args, 1, 1)?;
    vm.list_extend(recv, args[0])?;
    Ok(Value::NONE)
}

fn list_remove(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "list.remove", kwargs)?;
    arity(vm, "list.remove", args, 1, 1)?;
    let mut i = 0;
    // The list is re-read each step: a user `__eq__` may change it.
    while let Some(&item) = list_items(recv).get(i) {
        if same(vm, item, args[0])? {
            let items = list_items(recv);
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_index(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "list.index", kwargs)?;
    arity(vm, "index", args, 1, 3)?;
    let (start, stop) = index_range(vm, args, list_items(recv).len())?;
    let mut i = start;
    while i < stop {
        let Some(&item) = list_items(recv).get(i) else {
            break;
        };
        if same(vm, item, args[0])? {
            return Ok(vm.new_int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr(args[0])?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn list_count(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "list.count", kwargs)?;
    arity(vm, "list.count", args, 1, 1)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(&item) = list_items(recv).get(i) {
        if same(vm, item, args[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(n))
}

/// `list.sort(*, key=None, reverse=False)`
fn list_sort(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options(vm, kwargs)?;
    vm.sort_list(recv, key, reverse)?;
    Ok(Value::NONE)
}

fn list_reverse(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "list.reverse", kwargs)?;
    arity(vm, "list.reverse", args, 0, 0)?;
    list_items(recv).reverse();
    Ok(Value::NONE)
}

fn list_copy(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "list.copy", kwargs)?;
    arity(vm, "list.copy", args, 0, 0)?;
    let items = list_items(recv).clone();
    Ok(vm.new_list(items))
}

fn list_clear(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "list.clear", kwargs)?;
    arity(vm, "list.clear", args, 0, 0)?;
    list_items(recv).clear();
    Ok(Value::NONE)
}

fn tuple_count(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "tuple.count", kwargs)?;
    arity(vm, "tuple.count", args, 1, 1)?;
    let mut n = 0;
    for &item in tuple_items(recv) {
        if same(vm, item, args[0])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

/// Where `x` is in range `r`: for an int (or bool), by arithmetic; for anything else,
/// by comparing it with each item in turn (CPython's `_PySequence_IterSearch`).
fn range_find(vm: &mut Vm, r: Value, x: Value, count: bool) -> PyResult<Option<i128>> {
    let Some(ObjBody::Range(range)) = r.as_obj().map(|o| &o.body) else {
        unreachable!("a range method on a non-range")
    };
    let (start, stop, step) = (range.start, range.stop, range.step);
    let len = range.len();
    let wide = |i: Int| match i {
        Int::Small(n) => Some(n as i128),
        Int::Big(b) => i128::try_from(b).ok(),
    };
    if x.is_small_int()
        || x.is_bool()
        || matches!(
            x.as_obj().map(|o| &o.body),
            Some(ObjBody::BigInt(_) | ObjBody::Int64(_))
        )
    {
        let Some(v) = Vm::as_int(x).and_then(wide) else {
            return Ok(None);
        };
        let inside = if step > 0 {
            v >= start && v < stop
        } else {
            v <= start && v > stop
        };
        return Ok((inside && (v - start) % step == 0).then(|| (v - start) / step));
    }
    let mut found = None;
    let mut n = 0i128;
    for i in 0..len {
        let item = vm.int_from_i128(start + i * step);
        if same(vm, item, x)? {
            if !count {
                return Ok(Some(i));
            }
            n += 1;
            found = Some(n);
        }
    }
    Ok(found)
}

fn range_count(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "range.count", kwargs)?;
    arity(vm, "range.count", args, 1, 1)?;
    let is_int = Vm::as_int(args[0]).is_some();
    let n = match range_find(vm, recv, args[0], true)? {
        Some(_) if is_int => 1,
        Some(n) => n,
        None => 0,
    };
    Ok(vm.int_from_i128(n))
}

fn range_index(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "range.index", kwargs)?;
    arity(vm, "range.index", args, 1, 1)?;
    match range_find(vm, recv, args[0], false)? {
        Some(i) => Ok(vm.int_from_i128(i)),
        None if Vm::as_int(args[0]).is_some() => {
            let msg = format!("{} is not in range", vm.repr(args[0])?);
            Err(vm.value_error(msg))
        }
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

/// `slice.indices(length)`: the start, stop and step it selects from a sequence of
/// that length.
fn slice_indices(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "slice.indices", kwargs)?;
    arity(vm, "slice.indices", args, 1, 1)?;
    let len = super::builtins::int_arg(vm, args[0])? as i128;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = vm.slice_indices_wide(recv, len)?;
    let items = vec![
        vm.int_from_i128(start),
        vm.int_from_i128(stop),
        vm.int_from_i128(step),
    ];
    Ok(vm.new_tuple(items))
}

/// `view.isdisjoint(x)` for a keys or items view: no element of `x` in the view.
fn view_isdisjoint(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "isdisjoint", kwargs)?;
    arity(vm, "isdisjoint", args, 1, 1)?;
    Ok(Value::bool(!vm.some_item_in(args[0], recv, true)?))
}

fn tuple_index(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "tuple.index", kwargs)?;
    arity(vm, "index", args, 1, 3)?;
    let items = tuple_items(recv);
    let (start, stop) = index_range(vm, args, items.len())?;
    for (i, &item) in items
        .iter()
        .enumerate()
        .take(stop.min(items.len()))
        .skip(start)
    {
        if same(vm, item, args[0])? {
            return Ok(vm.new_int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn int_bit_length(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "int.bit_length", kwargs)?;
    arity(vm, "int.bit_length", args, 0, 0)?;
    let bits = match Vm::as_int(recv) {
        Some(Int::Small(i)) => 64 - i.unsigned_abs().leading_zeros() as u64,
        Some(Int::Big(b)) => b.bits(),
        None => unreachable!("int method on a non-int"),
    };
    Ok(vm.new_int(bits as i64))
}

fn float_is_integer(
    vm: &mut Vm,
    recv: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    no_kwargs(vm, "float.is_integer", kwargs)?;
    arity(vm, "float.is_integer", args, 0, 0)?;
    let x = recv.as_float();
    Ok(Value::bool(x.is_finite() && x.fract() == 0.0))
}
