//! Built-in functions, the constructors of built-in types, and the dispatch of
//! builtin calls. [`FUNCTIONS`] is the one table of builtin functions: names with a
//! dot (`math.sqrt`) belong to a built-in module, the others are Python builtins.

use super::builtins_num as num;
use super::builtins_seq as seq;
use super::error::PyResult;
use super::math;
use super::number::Int;
use super::types::BuiltinType;
use super::Vm;
use crate::runtime::object::{ObjBody, RangeObj};
use crate::runtime::strmethods;
use crate::runtime::value::Value;
use std::collections::HashMap;

/// A builtin function: positional arguments and (name, value) keyword arguments.
pub type BuiltinFn = fn(&mut Vm, &[Value], &[(Value, Value)]) -> PyResult<Value>;

/// Identifies a builtin: a function of [`FUNCTIONS`] or a method of
/// [`super::methods::METHODS`] (bound to the receiver stored beside it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinId {
    Function(u16),
    Method(u16),
    /// A built-in type's method taken from the type (`str.lower`): the receiver is
    /// the first argument.
    Unbound(u16),
}

pub static FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("format", format),
    ("hash", hash),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("iter", iter),
    ("next", next),
    ("super", super_),
    ("callable", callable),
    ("id", id),
    ("hasattr", hasattr),
    ("getattr", getattr),
    ("setattr", setattr),
    ("delattr", delattr),
    ("frozenset", frozenset),
    ("abs", num::abs),
    ("round", num::round),
    ("divmod", num::divmod),
    ("pow", num::pow),
    ("chr", num::chr),
    ("ord", num::ord),
    ("hex", num::hex),
    ("oct", num::oct),
    ("bin", num::bin),
    ("min", seq::min),
    ("max", seq::max),
    ("sum", seq::sum),
    ("sorted", seq::sorted),
    ("reversed", seq::reversed),
    ("enumerate", seq::enumerate),
    ("zip", seq::zip),
    ("map", seq::map),
    ("filter", seq::filter),
    ("any", seq::any),
    ("all", seq::all),
    ("math.sqrt", math::sqrt),
    ("math.exp", math::exp),
    ("math.sin", math::sin),
    ("math.cos", math::cos),
    ("math.tan", math::tan),
    ("math.asin", math::asin),
    ("math.acos", math::acos),
    ("math.atan", math::atan),
    ("math.sinh", math::sinh),
    ("math.cosh", math::cosh),
    ("math.tanh", math::tanh),
    ("math.asinh", math::asinh),
    ("math.acosh", math::acosh),
    ("math.atanh", math::atanh),
    ("math.atan2", math::atan2),
    ("math.log", math::log),
    ("math.log2", math::log2),
    ("math.log10", math::log10),
    ("math.log1p", math::log1p),
    ("math.expm1", math::expm1),
    ("math.fabs", math::fabs),
    ("math.pow", math::pow),
    ("math.floor", math::floor),
    ("math.ceil", math::ceil),
    ("math.trunc", math::trunc),
    ("math.copysign", math::copysign),
    ("math.fmod", math::fmod),
    ("math.isfinite", math::isfinite),
    ("math.isinf", math::isinf),
    ("math.isnan", math::isnan),
    ("math.degrees", math::degrees),
    ("math.radians", math::radians),
    ("math.hypot", math::hypot),
    ("math.isclose", math::isclose),
    ("math.fsum", math::fsum),
    ("math.prod", math::prod),
    ("math.gcd", math::gcd),
    ("math.lcm", math::lcm),
    ("math.factorial", math::factorial),
    ("math.isqrt", math::isqrt),
    ("math.comb", math::comb),
    ("math.perm", math::perm),
    ("sys.setrecursionlimit", setrecursionlimit),
    ("sys.exit", sys_exit),
    ("sys.getrecursionlimit", getrecursionlimit),
];

pub fn builtin_name(id: BuiltinId) -> &'static str {
    match id {
        BuiltinId::Function(i) => {
            let name = FUNCTIONS[i as usize].0;
            name.rsplit('.').next().unwrap_or(name)
        }
        BuiltinId::Method(i) | BuiltinId::Unbound(i) => super::methods::METHODS[i as usize].1,
    }
}

pub fn call_builtin(
    vm: &mut Vm,
    id: BuiltinId,
    receiver: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let levels = vm.builtin_levels(id);
    vm.enter_builtin_levels(levels)?;
    let r = dispatch_builtin(vm, id, receiver, args, kwargs);
    vm.leave_builtin_levels(levels);
    r
}

#[inline(always)]
fn dispatch_builtin(
    vm: &mut Vm,
    id: BuiltinId,
    receiver: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    match id {
        BuiltinId::Function(i) => (FUNCTIONS[i as usize].1)(vm, args, kwargs),
        BuiltinId::Method(i) => (super::methods::METHODS[i as usize].2)(vm, receiver, args, kwargs),
        BuiltinId::Unbound(i) => {
            let (t, name, method) = super::methods::METHODS[i as usize];
            // A dunder is a slot wrapper in CPython, a method a method descriptor:
            // their errors differ.
            let slot = name.starts_with("__") && name.ends_with("__");
            let Some((&recv, rest)) = args.split_first() else {
                let msg = if slot {
                    format!(
                        "descriptor '{name}' of '{}' object needs an argument",
                        t.name()
                    )
                } else {
                    format!("unbound method {}.{name}() needs an argument", t.name())
                };
                return Err(vm.type_error(msg));
            };
            if !super::methods::derives_from(vm.nearest_builtin(vm.type_of(recv)), t) {
                let msg = if slot {
                    let owner = match receiver.as_obj().map(|o| &o.body) {
                        Some(ObjBody::Class(c)) => c.name.to_string(),
                        _ => t.name().to_owned(),
                    };
                    format!(
                        "descriptor '{name}' requires a '{owner}' object but received a '{}'",
                        vm.type_name(recv)
                    )
                } else {
                    format!(
                        "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
                        t.name(),
                        vm.type_name(recv)
                    )
                };
                return Err(vm.type_error(msg));
            }
            method(vm, recv, rest, kwargs)
        }
    }
}

/// The builtins namespace: every function without a dot, and the public types.
pub fn make_builtins(vm: &mut Vm) -> HashMap<&'static str, Value> {
    let mut map = HashMap::new();
    for (i, (name, _)) in FUNCTIONS.iter().enumerate() {
        if !name.contains('.') {
            let f = vm.new_builtin(BuiltinId::Function(i as u16), Value::NONE);
            map.insert(*name, f);
        }
    }
    for &t in BuiltinType::ALL {
        if t.is_public() {
            map.insert(t.name(), vm.types.class(t));
        }
    }
    let not_implemented = vm.heap.alloc(ObjBody::Instance(Box::new(
        crate::runtime::object::InstanceObj {
            class: vm.types.class(BuiltinType::Object),
            attrs: Default::default(),
        },
    )));
    map.insert("NotImplemented", not_implemented);
    // CPython's aliases of OSError.
    for alias in ["IOError", "EnvironmentError"] {
        map.insert(alias, vm.types.class(BuiltinType::OSError));
    }
    map
}

/// Keyword argument `name`, if given.
pub fn kwarg(vm: &Vm, kwargs: &[(Value, Value)], name: &str) -> Option<Value> {
    kwargs
        .iter()
        .find(|(k, _)| vm.str_ref(*k) == name)
        .map(|(_, v)| *v)
}

/// Rejects keyword arguments other than `allowed`, with CPython's wording for
/// builtins ("'foo' is an invalid keyword argument for sum()", or "len() takes no
/// keyword arguments" when none are allowed).
pub fn check_kwargs(
    vm: &mut Vm,
    func: &str,
    kwargs: &[(Value, Value)],
    allowed: &[&str],
) -> PyResult<()> {
    for (k, _) in kwargs {
        let name = vm.str_ref(*k);
        if allowed.is_empty() {
            return Err(vm.type_error(format!("{func}() takes no keyword arguments")));
        }
        if !allowed.contains(&name) {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for {func}()"
            )));
        }
    }
    Ok(())
}

/// Checks a builtin that takes only positional arguments, `min..=max` of them.
pub fn positional(
    vm: &mut Vm,
    func: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    min: usize,
    max: usize,
) -> PyResult<()> {
    check_kwargs(vm, func, kwargs, &[])?;
    arity(vm, func, args, min, max)
}

/// Checks the positional argument count of a builtin.
pub fn arity(vm: &mut Vm, func: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() >= min && args.len() <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{func}() takes no arguments ({} given)", args.len()),
            1 => format!("{func}() takes exactly one argument ({} given)", args.len()),
            n => format!("{func} expected {n} arguments, got {}", args.len()),
        }
    } else if args.len() < min {
        format!(
            "{func} expected at least {min} argument{}, got {}",
            if min == 1 { "" } else { "s" },
            args.len()
        )
    } else {
        format!(
            "{func} expected at most {max} argument{}, got {}",
            if max == 1 { "" } else { "s" },
            args.len()
        )
    };
    Err(vm.type_error(msg))
}

/// Checks the positional argument count of a method that CPython parses with
/// `PyArg_ParseTuple` rather than Argument Clinic (`str.find`, `str.count`,
/// `str.startswith`, ...), in its wording: "find() takes at least 1 argument (0
/// given)".
pub fn arity_getargs(
    vm: &mut Vm,
    func: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    let (bound, count) = match n {
        _ if n < min => ("at least", min),
        _ if n > max => ("at most", max),
        _ => return Ok(()),
    };
    let s = if count == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "{func}() takes {bound} {count} argument{s} ({n} given)"
    )))
}

/// An int argument as i64 (bools accepted), or TypeError naming the type.
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match Vm::as_int(v) {
        Some(Int::Small(i)) => Ok(i),
        Some(Int::Big(_)) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// Runs `f` (given the current length of `vm.roots`) and restores the handle
/// stack to that length afterwards, on every path.
pub fn with_roots<T>(vm: &mut Vm, f: impl FnOnce(&mut Vm, usize) -> PyResult<T>) -> PyResult<T> {
    let mark = vm.roots.len();
    let r = f(vm, mark);
    vm.roots.truncate(mark);
    r
}

/// Rejects keyword arguments for a function that takes none.
pub fn no_kwargs(vm: &mut Vm, qualname: &str, kwargs: &[(Value, Value)]) -> PyResult<()> {
    check_kwargs(vm, qualname, kwargs, &[])
}

/// The text of a str value, or `None` for any other value.
pub fn as_str(v: Value) -> Option<&'static str> {
    match v.as_obj().map(|o| &o.body) {
        Some(ObjBody::Str(s)) => Some(&s.text),
        _ => None,
    }
}

/// An optional start/end index (`None` or an int, big ints clamped), as the
/// `start`/`end` arguments of `str.find` and `list.index` take it.
pub fn opt_index(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    match Vm::as_int(v) {
        Some(Int::Small(i)) => Ok(Some(i)),
        Some(Int::Big(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// Positional argument `i`, or else keyword argument `name`.
pub fn arg_or_kwarg(
    vm: &Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
    i: usize,
    name: &str,
) -> Option<Value> {
    args.get(i).copied().or_else(|| kwarg(vm, kwargs, name))
}

fn print(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "print", kwargs, &["sep", "end", "file", "flush"])?;
    let text_or = |vm: &mut Vm, name: &str, default: &str| -> PyResult<String> {
        match kwarg(vm, kwargs, name) {
            None => Ok(default.to_string()),
            Some(v) if v.is_none() => Ok(default.to_string()),
            Some(v) => match v.as_obj().map(|o| &o.body) {
                Some(ObjBody::Str(s)) => Ok(s.text.to_string()),
                _ => {
                    let msg = format!("{name} must be None or a string, not {}", vm.type_name(v));
                    Err(vm.type_error(msg))
                }
            },
        }
    };
    let sep = text_or(vm, "sep", " ")?;
    let end = text_or(vm, "end", "\n")?;
    // Each piece written as it is ready, as CPython's print: a failing `__str__`
    // leaves what came before it printed, and one that prints lands in order.
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            print_write(vm, &sep)?;
        }
        let s = vm.str(a)?;
        print_write(vm, &s)?;
    }
    print_write(vm, &end)?;
    Ok(Value::NONE)
}

/// One of `print`'s writes: CPython calls `sys.stdout.write`, a C method, one C
/// level deeper (see `super::c_levels`). (A write that flushes CPython's buffer,
/// every 8 KiB or at each write with `PYTHONUNBUFFERED` set, goes deeper still; the
/// harness runs CPython buffered, as a plain `python3 FILE` runs into a pipe.)
fn print_write(vm: &mut Vm, s: &str) -> PyResult<()> {
    vm.check_c_levels(1, super::c_levels::CALLING)?;
    vm.write_out(s);
    Ok(())
}

fn len(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "len", args, kwargs, 1, 1)?;
    let n = vm.len_of(args[0])?;
    Ok(vm.new_int(n as i64))
}

fn repr(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "repr", args, kwargs, 1, 1)?;
    let s = vm.builtin_repr(args[0])?;
    Ok(vm.new_str(s))
}

fn ascii(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "ascii", args, kwargs, 1, 1)?;
    let s = vm.builtin_repr(args[0])?;
    Ok(vm.new_str(strmethods::ascii_escape(&s)))
}

/// `format(value, spec="")`
fn format(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "format", args, kwargs, 1, 2)?;
    let spec = match args.get(1) {
        None => "",
        Some(&s) => match as_str(s) {
            Some(text) => text,
            None => {
                let msg = format!(
                    "format() argument 2 must be str, not {}",
                    vm.arg_type_name(s)
                );
                return Err(vm.type_error(msg));
            }
        },
    };
    let spec = spec.to_owned();
    let out = vm.format_to_string(args[0], &spec)?;
    Ok(vm.new_str(out))
}

fn hash(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "hash", args, kwargs, 1, 1)?;
    let h = vm.hash(args[0])?;
    Ok(vm.new_int(h))
}

fn class_or_tuple_matches(vm: &mut Vm, v: Value, spec: Value, func: &str) -> PyResult<bool> {
    match spec.as_obj().map(|o| &o.body) {
        Some(ObjBody::Class(_)) => Ok(vm.is_subclass(vm.type_of(v), spec)),
        Some(ObjBody::Tuple(items)) => {
            for &t in items.to_vec().iter() {
                if class_or_tuple_matches(vm, v, t, func)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error(format!(
            "{func}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "isinstance", args, kwargs, 2, 2)?;
    class_or_tuple_matches(vm, args[0], args[1], "isinstance").map(Value::bool)
}

fn issubclass(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "issubclass", args, kwargs, 2, 2)?;
    if !matches!(args[0].as_obj().map(|o| &o.body), Some(ObjBody::Class(_))) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    match args[1].as_obj().map(|o| &o.body) {
        Some(ObjBody::Class(_)) => Ok(Value::bool(vm.is_subclass(args[0], args[1]))),
        Some(ObjBody::Tuple(items)) => {
            let items = items.to_vec();
            Ok(Value::bool(
                items.iter().any(|&t| vm.is_subclass(args[0], t)),
            ))
        }
        _ => {
            Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

fn iter(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "iter", kwargs, &[])?;
    if args.len() != 1 {
        arity(vm, "iter", args, 1, 2)?;
        return Err(vm.not_supported("iter(callable, sentinel)"));
    }
    vm.get_iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "next", args, kwargs, 1, 2)?;
    let it = args[0];
    if !matches!(
        it.as_obj().map(|o| &o.body),
        Some(ObjBody::Iter(_) | ObjBody::Generator(_))
    ) && !vm.has_dunder(it, "__next__")
    {
        let msg = format!("'{}' object is not an iterator", vm.type_name(it));
        return Err(vm.type_error(msg));
    }
    // A generator that returns now (not one that had finished before) raises
    // StopIteration with its return value, if any.
    let running = matches!(
        it.as_obj().map(|o| &o.body),
        Some(ObjBody::Generator(g)) if g.state != crate::runtime::object::GenState::Done
    );
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => Ok(d),
            None => {
                let returned = std::mem::replace(&mut vm.generator_return, Value::NONE);
                let class = vm.types.class(BuiltinType::StopIteration);
                let args = if running && !returned.is_none() {
                    vec![returned]
                } else {
                    Vec::new()
                };
                Err(super::Exc(vm.new_exception(class, args)))
            }
        },
    }
}

/// `super()` (zero-argument form inside a method) or `super(Class, obj)`.
fn super_(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (class, obj) = match args {
        [] => {
            let Some(&frame) = vm.frames.last() else {
                return Err(vm.error(BuiltinType::RuntimeError, "super(): no arguments"));
            };
            let owner = match frame.func.as_obj().map(|o| &o.body) {
                Some(ObjBody::Function(f)) => f.owner_class,
                _ => Value::NONE,
            };
            let code = &vm.codes[frame.code as usize];
            if code.signature.positional.is_empty() {
                return Err(vm.error(BuiltinType::RuntimeError, "super(): no arguments"));
            }
            if owner.is_none() {
                // A function not defined in a class body has no `__class__` cell.
                return Err(vm.error(
                    BuiltinType::RuntimeError,
                    "super(): __class__ cell not found",
                ));
            }
            let mut first = vm.stack[frame.base];
            if let Some(ObjBody::Cell(inner)) = first.as_obj().map(|o| &o.body) {
                first = *inner;
            }
            (owner, first)
        }
        [c, o] => (*c, *o),
        _ => return Err(vm.type_error("super() takes 0 or 2 arguments")),
    };
    let base = match class.as_obj().map(|o| &o.body) {
        Some(ObjBody::Class(c)) => c.base,
        _ => return Err(vm.type_error("super() argument 1 must be a type")),
    };
    // `obj` must be an instance of `class` (a method) or a subclass of it (a class
    // method's `cls`).
    let obj_class = match obj.as_obj().map(|o| &o.body) {
        Some(ObjBody::Class(_)) if vm.is_subclass(obj, class) => obj,
        _ => vm.type_of(obj),
    };
    if !vm.is_subclass(obj_class, class) {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    let proxy_class = vm.types.class(BuiltinType::Super);
    let proxy = vm.heap.alloc(ObjBody::Instance(Box::new(
        crate::runtime::object::InstanceObj {
            class: proxy_class,
            attrs: Default::default(),
        },
    )));
    let (kb, ko) = (vm.intern("__thisclass_base__"), vm.intern("__self__"));
    vm.roots.push(proxy);
    let r = vm
        .set_attr(proxy, kb, base)
        .and_then(|()| vm.set_attr(proxy, ko, obj));
    vm.roots.pop();
    r?;
    Ok(proxy)
}

fn callable(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "callable", args, kwargs, 1, 1)?;
    let v = args[0];
    let c = match v.as_obj().map(|o| &o.body) {
        Some(
            ObjBody::Function(_)
            | ObjBody::Builtin(_)
            | ObjBody::BoundMethod(_)
            | ObjBody::Class(_),
        ) => true,
        Some(ObjBody::Instance(_)) => vm.has_dunder(v, "__call__"),
        _ => false,
    };
    Ok(Value::bool(c))
}

fn id(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "id", args, kwargs, 1, 1)?;
    Ok(vm.new_int((args[0].bits() & 0xFFFF_FFFF_FFFF) as i64))
}

fn attr_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v.as_obj().map(|o| &o.body) {
        Some(ObjBody::Str(_)) => Ok(v),
        _ => {
            let msg = format!("attribute name must be string, not '{}'", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

fn hasattr(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "hasattr", args, kwargs, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    match vm.get_attr(args[0], name) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if vm.exception_matches(e.0, BuiltinType::AttributeError) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "getattr", args, kwargs, 2, 3)?;
    let name = attr_name(vm, args[1])?;
    match vm.get_attr(args[0], name) {
        Err(e) if args.len() == 3 && vm.exception_matches(e.0, BuiltinType::AttributeError) => {
            Ok(args[2])
        }
        r => r,
    }
}

/// `frozenset` is outside the subset: a clear error rather than a NameError.
fn frozenset(vm: &mut Vm, _args: &[Value], _kwargs: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.not_supported("frozenset"))
}

fn delattr(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "delattr", args, kwargs, 2, 2)?;
    let name = attr_name(vm, args[1])?;
    vm.del_attr(args[0], name)?;
    Ok(Value::NONE)
}

fn setattr(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "setattr", args, kwargs, 3, 3)?;
    let name = attr_name(vm, args[1])?;
    vm.set_attr(args[0], name, args[2])?;
    Ok(Value::NONE)
}

/// `sys.exit([code])`: raises `SystemExit(code)`.
fn sys_exit(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "exit", args, kwargs, 0, 1)?;
    let class = vm.types.class(BuiltinType::SystemExit);
    let exc = vm.new_exception(class, args.to_vec());
    Err(super::Exc(exc))
}

/// `sys.setrecursionlimit(n)`: the frame depth at which RecursionError is raised.
fn setrecursionlimit(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "setrecursionlimit", args, kwargs, 1, 1)?;
    // CPython takes a C int here.
    let n = match Vm::as_int(args[0]) {
        Some(Int::Small(i)) if i32::try_from(i).is_ok() => i,
        Some(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        None => int_arg(vm, args[0])?,
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // CPython counts the call to setrecursionlimit itself as one level.
    let depth = vm.frames.len() + 1;
    if n as usize <= depth {
        return Err(vm.error(
            BuiltinType::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    vm.set_recursion_limit(n as usize);
    Ok(Value::NONE)
}

fn getrecursionlimit(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "getrecursionlimit", args, kwargs, 0, 0)?;
    Ok(vm.new_int(vm.recursion_limit as i64))
}

/// A `range()` argument: any int within ±2**100 (beyond that, range arithmetic in
/// i128 could overflow; CPython would accept it, Krait says so plainly).
fn range_bound(vm: &mut Vm, v: Value) -> PyResult<i128> {
    const LIMIT: i128 = 1 << 100;
    let i = match Vm::as_int(v) {
        Some(Int::Small(i)) => Some(i as i128),
        Some(Int::Big(b)) => num_traits::ToPrimitive::to_i128(b).filter(|x| x.abs() < LIMIT),
        None => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            );
            return Err(vm.type_error(msg));
        }
    };
    i.ok_or_else(|| vm.overflow_error("range() bounds beyond 2**100 are not supported by Krait"))
}

/// Calling a built-in type: `int("12")`, `list(x)`, `range(3)`, `object()`.
pub fn construct(
    vm: &mut Vm,
    t: BuiltinType,
    class: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    // CPython 3.11 calls these types through `tp_call`, which enters a C level (see
    // `super::c_levels`); the others have a vectorcall, which does not.
    use BuiltinType::{ClassMethod, Int, Object, Property, Slice, StaticMethod};
    // `str(x)` too from code not specialized yet (after, it is a call that does not).
    if matches!(
        t,
        Int | Object | Slice | StaticMethod | ClassMethod | Property
    ) || (t == BuiltinType::Str && vm.at_unspecialized_site())
    {
        return vm.in_c_level(super::c_levels::CALLING, |vm| {
            construct_type(vm, t, class, args, kwargs)
        });
    }
    construct_type(vm, t, class, args, kwargs)
}

fn construct_type(
    vm: &mut Vm,
    t: BuiltinType,
    class: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    match t {
        BuiltinType::Range => {
            no_kwargs(vm, "range", kwargs)?;
            // CPython compares the bounds to size the range: a level for a moment.
            vm.check_c_levels(1, " in comparison")?;
            let ints: Vec<i128> = args
                .iter()
                .map(|&a| range_bound(vm, a))
                .collect::<PyResult<_>>()?;
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
                _ => {
                    return Err(vm.type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        ints.len()
                    )))
                }
            };
            if step == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            Ok(vm
                .heap
                .alloc(ObjBody::Range(Box::new(RangeObj { start, stop, step }))))
        }
        BuiltinType::List => {
            no_kwargs(vm, "list", kwargs)?;
            arity(vm, "list", args, 0, 1)?;
            let items = match args.first() {
                Some(&a) => vm.collect_iterable(a)?,
                None => Vec::new(),
            };
            Ok(vm.new_list(items))
        }
        BuiltinType::Tuple => {
            no_kwargs(vm, "tuple", kwargs)?;
            arity(vm, "tuple", args, 0, 1)?;
            if let Some(&a) = args.first() {
                if matches!(a.as_obj().map(|o| &o.body), Some(ObjBody::Tuple(_))) {
                    return Ok(a);
                }
            }
            let items = match args.first() {
                Some(&a) => vm.collect_iterable(a)?,
                None => Vec::new(),
            };
            Ok(vm.new_tuple(items))
        }
        BuiltinType::Object => {
            if !args.is_empty() || !kwargs.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            Ok(vm.heap.alloc(ObjBody::Instance(Box::new(
                crate::runtime::object::InstanceObj {
                    class,
                    attrs: Default::default(),
                },
            ))))
        }
        BuiltinType::Type => {
            if args.len() != 1 || !kwargs.is_empty() {
                return Err(vm.type_error("type() takes 1 or 3 arguments"));
            }
            Ok(vm.type_of(args[0]))
        }
        _ => super::convert::construct_value(vm, t, args, kwargs),
    }
}
