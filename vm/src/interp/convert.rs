//! Constructors of value types: `int()`, `float()`, `str()`, `bool()`, `dict()`,
//! `set()`, and the decorator wrappers `staticmethod`, `classmethod`, `property`.

use super::builtins::{arg_or_kwarg, arity, as_str, check_kwargs, kwarg, positional};
use super::error::PyResult;
use super::number::Int;
use super::types::BuiltinType;
use super::Vm;
use crate::runtime::object::{InstanceObj, ObjBody};
use crate::runtime::value::Value;
use num_bigint::BigInt;
use num_traits::Num;

pub fn construct_value(
    vm: &mut Vm,
    t: BuiltinType,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    match t {
        BuiltinType::Int => {
            check_kwargs(vm, "int", kwargs, &["base"])?;
            if args.len() > 2 {
                let msg = format!("int() takes at most 2 arguments ({} given)", args.len());
                return Err(vm.type_error(msg));
            }
            let base = match (args.get(1), kwarg(vm, kwargs, "base")) {
                (Some(&b), _) | (None, Some(b)) => Some(super::builtins::int_arg(vm, b)?),
                _ => None,
            };
            match args.first() {
                None if base.is_some() => Err(vm.type_error("int() missing string argument")),
                None => Ok(Value::small_int(0)),
                Some(&v) => int_of(vm, v, base),
            }
        }
        BuiltinType::Float => {
            positional(vm, "float", args, kwargs, 0, 1)?;
            match args.first() {
                None => Ok(Value::float(0.0)),
                Some(&v) => float_of(vm, v),
            }
        }
        BuiltinType::Str => {
            check_kwargs(vm, "str", kwargs, &["object", "encoding", "errors"])?;
            if args.len() > 3 {
                let msg = format!("str() takes at most 3 arguments ({} given)", args.len());
                return Err(vm.type_error(msg));
            }
            if let Some(&encoding) = args.get(1).filter(|e| as_str(**e).is_none()) {
                let msg = format!(
                    "str() argument 'encoding' must be str, not {}",
                    vm.arg_type_name(encoding)
                );
                return Err(vm.type_error(msg));
            }
            if args.len() > 1 || kwargs.iter().any(|(k, _)| vm.str_ref(*k) != "object") {
                return Err(vm.not_supported("decoding bytes with str()"));
            }
            match arg_or_kwarg(vm, args, kwargs, 0, "object") {
                None => Ok(vm.empty_str),
                Some(v) => {
                    if matches!(v.as_obj().map(|o| &o.body), Some(ObjBody::Str(_))) {
                        return Ok(v);
                    }
                    let s = vm.str(v)?;
                    Ok(vm.new_str(s))
                }
            }
        }
        BuiltinType::Bool => {
            positional(vm, "bool", args, kwargs, 0, 1)?;
            match args.first() {
                None => Ok(Value::FALSE),
                Some(&v) => vm.truthy(v).map(Value::bool),
            }
        }
        BuiltinType::Dict => {
            arity(vm, "dict", args, 0, 1)?;
            let d = vm.new_dict();
            vm.roots.push(d);
            let r = (|| {
                if let Some(&src) = args.first() {
                    vm.dict_update(d, src)?;
                }
                for &(k, v) in kwargs {
                    vm.dict_set(d, k, v)?;
                }
                Ok(d)
            })();
            vm.roots.pop();
            r
        }
        BuiltinType::Set => {
            positional(vm, "set", args, kwargs, 0, 1)?;
            match args.first() {
                None => Ok(vm.new_set()),
                Some(&v) => vm.set_from_iterable(v),
            }
        }
        BuiltinType::StaticMethod | BuiltinType::ClassMethod => {
            arity(vm, t.name(), args, 1, 1)?;
            wrapper(vm, t, &[("__func__", args[0])])
        }
        BuiltinType::Property => {
            arity(vm, "property", args, 0, 3)?;
            let fget = args.first().copied().unwrap_or(Value::NONE);
            let fset = args.get(1).copied().unwrap_or(Value::NONE);
            let fdel = args.get(2).copied().unwrap_or(Value::NONE);
            wrapper(vm, t, &[("fget", fget), ("fset", fset), ("fdel", fdel)])
        }
        BuiltinType::Slice => {
            super::builtins::no_kwargs(vm, "slice", kwargs)?;
            let none = Value::NONE;
            let (start, stop, step) = match *args {
                [stop] => (none, stop, none),
                [start, stop] => (start, stop, none),
                [start, stop, step] => (start, stop, step),
                [] => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
                _ => {
                    let msg = format!("slice expected at most 3 arguments, got {}", args.len());
                    return Err(vm.type_error(msg));
                }
            };
            Ok(vm
                .heap
                .alloc(ObjBody::Slice(crate::runtime::object::SliceObj {
                    start,
                    stop,
                    step,
                })))
        }
        _ => Err(vm.type_error(format!("cannot create '{}' instances", t.name()))),
    }
}

/// An instance of a built-in wrapper class holding the given fields.
pub fn wrapper(vm: &mut Vm, t: BuiltinType, fields: &[(&'static str, Value)]) -> PyResult<Value> {
    let class = vm.types.class(t);
    let w = vm.heap.alloc(ObjBody::Instance(Box::new(InstanceObj {
        class,
        attrs: Default::default(),
    })));
    vm.roots.push(w);
    let mut r = Ok(w);
    for &(name, v) in fields {
        let k = vm.intern(name);
        if let Err(e) = vm.set_attr(w, k, v) {
            r = Err(e);
            break;
        }
    }
    vm.roots.pop();
    r
}

/// `int(v)` / `int(v, base)`
pub fn int_of(vm: &mut Vm, v: Value, base: Option<i64>) -> PyResult<Value> {
    if let Some(ObjBody::Str(s)) = v.as_obj().map(|o| &o.body) {
        if matches!(base, None | Some(10)) {
            if let Some(i) = plain_decimal(&s.text) {
                return Ok(vm.new_int(i));
            }
        }
        let text = s.text.to_string();
        return parse_int(vm, &text, base.unwrap_or(10));
    }
    if base.is_some() {
        return Err(vm.type_error("int() can't convert non-string with explicit base"));
    }
    if v.is_float() {
        return vm.float_to_int(v.as_float());
    }
    match Vm::as_int(v) {
        Some(Int::Small(i)) => Ok(vm.new_int(i)),
        Some(Int::Big(_)) => Ok(v),
        None => {
            if let Some(r) = vm.call_dunder(v, "__int__", &[])? {
                return Ok(r);
            }
            let msg = format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// `int(text)` for the common case of an optional sign and at most 18 decimal digits
/// (no spaces, no underscores); None for anything else.
fn plain_decimal(text: &str) -> Option<i64> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text.as_bytes()[1..]),
        b'+' => (false, &text.as_bytes()[1..]),
        _ => (false, text.as_bytes()),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits.iter().fold(0i64, |n, &d| n * 10 + (d - b'0') as i64);
    Some(if negative { -n } else { n })
}

pub use crate::runtime::format::MAX_STR_DIGITS;

/// The first code point of each run of ten Unicode decimal digits (category Nd)
/// beyond ASCII, from CPython 3.11's Unicode database (14.0): `int()` and `float()`
/// read any of them as the digit it stands for.
const DECIMAL_ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of `c` if it is a decimal digit (ASCII or any other Unicode Nd).
fn unicode_decimal(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    let cp = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp).checked_sub(1)?;
    let d = cp - DECIMAL_ZEROS[i];
    (d < 10).then_some(d as u8)
}

/// `text` with every Unicode decimal digit as its ASCII digit, as CPython reads
/// numbers in `int()` and `float()`.
fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| unicode_decimal(c).map_or(c, |d| char::from(b'0' + d)))
        .collect()
}

/// The whitespace `int()` and `float()` strip around a number: ASCII's six
/// (`Py_ISSPACE`, not the separators U+001C..U+001F that `str.isspace` has) and any
/// other Unicode whitespace.
fn number_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
    } else {
        crate::runtime::strmethods::is_space(c)
    }
}

/// Parses an int literal as `int(text, base)` does (whitespace, sign, underscores,
/// prefixes for base 0 and matching bases).
pub fn parse_int(vm: &mut Vm, text: &str, base: i64) -> PyResult<Value> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = |vm: &mut Vm| {
        // `%.200R`: the repr cut at 200 characters.
        let r: String = crate::runtime::strmethods::str_repr(text)
            .chars()
            .take(200)
            .collect();
        vm.value_error(format!("invalid literal for int() with base {base}: {r}"))
    };
    let t = text.trim_matches(number_space);
    let (negative, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = digits.to_ascii_lowercase();
    let (radix, body) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &digits[2..]),
        (0 | 8, Some("0o")) => (8, &digits[2..]),
        (0 | 2, Some("0b")) => (2, &digits[2..]),
        (0, _) => (10, digits),
        (b, _) => (b as u32, digits),
    };
    let prefixed = body.len() != digits.len();
    if base == 0
        && !prefixed
        && body.len() > 1
        && body.starts_with('0')
        && body.chars().any(|c| c != '0' && c != '_')
    {
        return Err(invalid(vm));
    }
    // Underscores only between digits (or right after a base prefix).
    let body = if prefixed {
        body.strip_prefix('_').unwrap_or(body)
    } else {
        body
    };
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return Err(invalid(vm));
    }
    let clean = ascii_digits(&body.replace('_', ""));
    if !clean.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(invalid(vm));
    }
    if !radix.is_power_of_two() && clean.len() > MAX_STR_DIGITS {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    match BigInt::from_str_radix(&clean, radix) {
        Ok(n) => {
            let n = if negative { -n } else { n };
            Ok(vm.int_from_big(n))
        }
        Err(_) => Err(invalid(vm)),
    }
}

/// `float(v)`
pub fn float_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if v.is_float() {
        return Ok(v);
    }
    if let Some(i) = Vm::as_int(v) {
        return vm.int_to_f64(&i).map(Value::float);
    }
    if let Some(ObjBody::Str(s)) = v.as_obj().map(|o| &o.body) {
        let text = s.text.to_string();
        return match parse_float(&ascii_digits(&text)) {
            Some(x) => Ok(Value::float(x)),
            None => {
                let r = crate::runtime::strmethods::str_repr(&text);
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
        return Ok(r);
    }
    let msg = format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(v)
    );
    Err(vm.type_error(msg))
}

/// Python's float literal syntax for `float(str)`: surrounding whitespace, signs,
/// `inf`/`infinity`/`nan` in any case, underscores between digits.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim_matches(number_space);
    let (sign, rest) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    match rest.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if rest.is_empty()
        || rest.starts_with(['_', '+', '-'])
        || rest.ends_with('_')
        || rest.contains("__")
    {
        return None;
    }
    let bytes = rest.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let ok = b.is_ascii_digit()
            || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-')
            || (b == b'_'
                && i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit()));
        if !ok {
            return None;
        }
    }
    let clean: String = rest.chars().filter(|&c| c != '_').collect();
    if !clean.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    clean.parse::<f64>().ok().map(|x| sign * x)
}
