//! Methods of `str`, on top of the pure functions of `runtime::strmethods`:
//! this file converts arguments, raises CPython's errors and builds values.
//! `str.format` is here too, evaluating the fields that `runtime::format`'s
//! template parser produces.

use super::builtins::{
    arg_or_kwarg, arity, arity_getargs, as_str, check_kwargs, int_arg, kwarg, no_kwargs, opt_index,
};
use super::error::PyResult;
use super::Vm;
use crate::runtime::format::{self, FieldAccess, FieldName, Template, TemplatePiece};
use crate::runtime::object::ObjBody;
use crate::runtime::strmethods as sm;
use crate::runtime::value::Value;

type Kwargs<'a> = &'a [(Value, Value)];

/// The text of the receiver (always a str).
fn text(recv: Value) -> &'static str {
    as_str(recv).expect("str method on a non-str")
}

/// Whether the receiver str is ASCII (known from the object, no scan).
fn is_ascii(recv: Value) -> bool {
    matches!(recv.as_obj().map(|o| &o.body), Some(ObjBody::Str(s)) if s.is_ascii())
}

/// A str argument, or TypeError "must be str, not int".
fn str_arg(vm: &mut Vm, v: Value) -> PyResult<&'static str> {
    as_str(v).ok_or_else(|| {
        let msg = format!("must be str, not {}", vm.type_name(v));
        vm.type_error(msg)
    })
}

/// Checks a method that takes no arguments at all.
fn no_args(vm: &mut Vm, qualname: &str, args: &[Value], kwargs: Kwargs) -> PyResult<()> {
    no_kwargs(vm, qualname, kwargs)?;
    arity(vm, qualname, args, 0, 0)
}

/// At most `max` positional arguments, with CPython's wording for str methods.
fn at_most(vm: &mut Vm, func: &str, args: &[Value], max: usize) -> PyResult<()> {
    if args.len() <= max {
        return Ok(());
    }
    let plural = if max == 1 { "" } else { "s" };
    let msg = format!(
        "{func}() takes at most {max} argument{plural} ({} given)",
        args.len()
    );
    Err(vm.type_error(msg))
}

fn new_str_list(vm: &mut Vm, parts: Vec<String>) -> Value {
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(items)
}

/// `sep.join(iterable)`
pub fn join(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "str.join", kwargs)?;
    arity(vm, "str.join", args, 1, 1)?;
    if !vm.is_iterable(args[0]) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.collect_iterable(args[0])?;
    let sep = text(recv);
    let mut out = String::new();
    for (i, &item) in items.iter().enumerate() {
        let Some(s) = as_str(item) else {
            let msg = format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(item)
            );
            return Err(vm.type_error(msg));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s);
    }
    Ok(vm.new_str(out))
}

/// The `sep` and `maxsplit` arguments of `split`/`rsplit`.
fn split_args(
    vm: &mut Vm,
    func: &str,
    args: &[Value],
    kwargs: Kwargs,
) -> PyResult<(Option<&'static str>, i64)> {
    check_kwargs(vm, func, kwargs, &["sep", "maxsplit"])?;
    at_most(vm, func, args, 2)?;
    let sep = match arg_or_kwarg(vm, args, kwargs, 0, "sep") {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match as_str(v) {
            Some(s) => Some(s),
            None => {
                let msg = format!("must be str or None, not {}", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
        },
    };
    let maxsplit = match arg_or_kwarg(vm, args, kwargs, 1, "maxsplit") {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

pub fn split(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, "split", args, kwargs)?;
    let parts = sm::split(text(recv), sep, maxsplit).map_err(|e| vm.format_error(e))?;
    Ok(new_str_list(vm, parts))
}

pub fn rsplit(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, "rsplit", args, kwargs)?;
    let parts = sm::rsplit(text(recv), sep, maxsplit).map_err(|e| vm.format_error(e))?;
    Ok(new_str_list(vm, parts))
}

/// `s.splitlines(keepends=False)`: splits at every line boundary Python knows
/// (`\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`-`\x1e`, `\x85`, `\u2028`, `\u2029`).
pub fn splitlines(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_kwargs(vm, "splitlines", kwargs, &["keepends"])?;
    at_most(vm, "splitlines", args, 1)?;
    let keepends = match arg_or_kwarg(vm, args, kwargs, 0, "keepends") {
        Some(v) if v.is_float() => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let s = text(recv);
    let mut parts = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && chars.peek().map(|&(_, n)| n) == Some('\n') {
            chars.next();
            end += 1;
        }
        parts.push(s[start..if keepends { end } else { i }].to_string());
        start = end;
    }
    if start < s.len() {
        parts.push(s[start..].to_string());
    }
    Ok(new_str_list(vm, parts))
}

/// The optional `chars` argument of `strip`/`lstrip`/`rstrip`.
fn strip_chars(
    vm: &mut Vm,
    func: &str,
    args: &[Value],
    kwargs: Kwargs,
) -> PyResult<Option<&'static str>> {
    no_kwargs(vm, &format!("str.{func}"), kwargs)?;
    arity(vm, func, args, 0, 1)?;
    match args.first() {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(&v) => match as_str(v) {
            Some(s) => Ok(Some(s)),
            None => Err(vm.type_error(format!("{func} arg must be None or str"))),
        },
    }
}

pub fn strip(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let chars = strip_chars(vm, "strip", args, kwargs)?;
    substring(vm, recv, sm::strip(text(recv), chars))
}

pub fn lstrip(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let chars = strip_chars(vm, "lstrip", args, kwargs)?;
    substring(vm, recv, sm::lstrip(text(recv), chars))
}

pub fn rstrip(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let chars = strip_chars(vm, "rstrip", args, kwargs)?;
    substring(vm, recv, sm::rstrip(text(recv), chars))
}

/// A part of the receiver's text as a str: the receiver itself when unchanged.
fn substring(vm: &mut Vm, recv: Value, part: &str) -> PyResult<Value> {
    if part.len() == text(recv).len() {
        return Ok(recv);
    }
    Ok(vm.new_str(part.to_string()))
}

/// A method with no arguments mapping the text to a new text.
fn map_text(
    vm: &mut Vm,
    qualname: &str,
    recv: Value,
    args: &[Value],
    kwargs: Kwargs,
    f: fn(&str) -> String,
) -> PyResult<Value> {
    no_args(vm, qualname, args, kwargs)?;
    let s = f(text(recv));
    Ok(vm.new_str(s))
}

pub fn upper(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_text(vm, "str.upper", recv, args, kwargs, sm::upper)
}

pub fn lower(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_text(vm, "str.lower", recv, args, kwargs, sm::lower)
}

/// `s.casefold()`: lowercase with the full case folding of `ß` and `ſ`.
pub fn casefold(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_text(vm, "str.casefold", recv, args, kwargs, |s| {
        sm::lower(s).replace('ß', "ss").replace('ſ', "s")
    })
}

pub fn swapcase(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_text(vm, "str.swapcase", recv, args, kwargs, |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase()
}

/// `s.title()`: the first cased character of each run uppercased, the rest
/// lowercased (a run ends at any uncased character, so `"they're"` gives `"They'Re"`).
pub fn title(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_text(vm, "str.title", recv, args, kwargs, |s| {
        let mut out = String::with_capacity(s.len());
        let mut previous_cased = false;
        for c in s.chars() {
            if previous_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            previous_cased = is_cased(c);
        }
        out
    })
}

pub fn capitalize(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    map_text(vm, "str.capitalize", recv, args, kwargs, |s| {
        let mut chars = s.chars();
        let mut out = String::with_capacity(s.len());
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(&sm::lower(chars.as_str()));
        }
        out
    })
}

/// `s.replace(old, new, count=-1)`
pub fn replace(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "str.replace", kwargs)?;
    arity(vm, "replace", args, 2, 3)?;
    let mut parts = [""; 2];
    for (i, part) in parts.iter_mut().enumerate() {
        *part = match as_str(args[i]) {
            Some(s) => s,
            None => {
                let msg = format!(
                    "replace() argument {} must be str, not {}",
                    i + 1,
                    vm.arg_type_name(args[i])
                );
                return Err(vm.type_error(msg));
            }
        };
    }
    let count = match args.get(2) {
        Some(&c) => int_arg(vm, c)?,
        None => -1,
    };
    let s = sm::replace(text(recv), parts[0], parts[1], count);
    Ok(vm.new_str(s))
}

/// `startswith`/`endswith`: a str or a tuple of strs (any may match), with
/// optional start and end.
fn affix_test(
    vm: &mut Vm,
    func: &str,
    recv: Value,
    args: &[Value],
    kwargs: Kwargs,
    test: fn(&str, &str, Option<i64>, Option<i64>) -> bool,
) -> PyResult<Value> {
    no_kwargs(vm, &format!("str.{func}"), kwargs)?;
    arity_getargs(vm, func, args, 1, 3)?;
    let start = opt_index(vm, args.get(1).copied())?;
    let end = opt_index(vm, args.get(2).copied())?;
    let s = text(recv);
    let affix = args[0];
    if let Some(a) = as_str(affix) {
        return Ok(Value::bool(test(s, a, start, end)));
    }
    let Some(ObjBody::Tuple(options)) = affix.as_obj().map(|o| &o.body) else {
        let msg = format!(
            "{func} first arg must be str or a tuple of str, not {}",
            vm.type_name(affix)
        );
        return Err(vm.type_error(msg));
    };
    for &option in options.iter() {
        match as_str(option) {
            Some(a) if test(s, a, start, end) => return Ok(Value::TRUE),
            Some(_) => {}
            None => {
                let msg = format!(
                    "tuple for {func} must only contain str, not {}",
                    vm.type_name(option)
                );
                return Err(vm.type_error(msg));
            }
        }
    }
    Ok(Value::FALSE)
}

pub fn startswith(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    affix_test(vm, "startswith", recv, args, kwargs, sm::startswith)
}

pub fn endswith(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    affix_test(vm, "endswith", recv, args, kwargs, sm::endswith)
}

/// The `sub, start, end` arguments of `find`, `index`, `count` and friends.
fn search_args(
    vm: &mut Vm,
    func: &str,
    args: &[Value],
    kwargs: Kwargs,
) -> PyResult<(&'static str, Option<i64>, Option<i64>)> {
    no_kwargs(vm, &format!("str.{func}"), kwargs)?;
    arity_getargs(vm, func, args, 1, 3)?;
    let sub = str_arg(vm, args[0])?;
    let start = opt_index(vm, args.get(1).copied())?;
    let end = opt_index(vm, args.get(2).copied())?;
    Ok((sub, start, end))
}

type Search = fn(&str, bool, &str, Option<i64>, Option<i64>) -> Option<usize>;

/// `find`/`rfind` (-1 when absent) or `index`/`rindex` (ValueError).
fn search(
    vm: &mut Vm,
    func: &str,
    recv: Value,
    args: &[Value],
    kwargs: Kwargs,
    f: Search,
    raise: bool,
) -> PyResult<Value> {
    let (sub, start, end) = search_args(vm, func, args, kwargs)?;
    match f(text(recv), is_ascii(recv), sub, start, end) {
        Some(i) => Ok(vm.new_int(i as i64)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::small_int(-1)),
    }
}

pub fn find(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    search(vm, "find", recv, args, kwargs, sm::find_in, false)
}

pub fn rfind(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    search(vm, "rfind", recv, args, kwargs, sm::rfind_in, false)
}

pub fn index(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    search(vm, "index", recv, args, kwargs, sm::find_in, true)
}

pub fn rindex(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    search(vm, "rindex", recv, args, kwargs, sm::rfind_in, true)
}

pub fn count(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (sub, start, end) = search_args(vm, "count", args, kwargs)?;
    let n = sm::count_in(text(recv), is_ascii(recv), sub, start, end);
    Ok(vm.new_int(n as i64))
}

/// A predicate method with no arguments.
fn predicate(
    vm: &mut Vm,
    qualname: &str,
    recv: Value,
    args: &[Value],
    kwargs: Kwargs,
    f: fn(&str) -> bool,
) -> PyResult<Value> {
    no_args(vm, qualname, args, kwargs)?;
    Ok(Value::bool(f(text(recv))))
}

/// Whether `c` is a decimal digit (Unicode category Nd); CPython's `isdigit`
/// adds superscripts and other digits, which have no decimal value.
fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        sm::is_digit(c)
            && !matches!(c, '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{2070}'..='\u{2089}' | '\u{2460}'..='\u{24ff}' | '\u{2776}'..='\u{2793}')
    }
}

fn all_chars(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

pub fn isdigit(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(vm, "str.isdigit", recv, args, kwargs, sm::isdigit)
}

pub fn isalpha(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(vm, "str.isalpha", recv, args, kwargs, sm::isalpha)
}

pub fn isspace(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(vm, "str.isspace", recv, args, kwargs, sm::isspace)
}

pub fn isupper(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(vm, "str.isupper", recv, args, kwargs, sm::isupper)
}

pub fn islower(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(vm, "str.islower", recv, args, kwargs, sm::islower)
}

pub fn isalnum(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(vm, "str.isalnum", recv, args, kwargs, |s| {
        all_chars(s, |c| sm::is_alpha(c) || sm::is_digit(c) || c.is_numeric())
    })
}

pub fn isdecimal(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(vm, "str.isdecimal", recv, args, kwargs, |s| {
        all_chars(s, is_decimal)
    })
}

pub fn isnumeric(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(vm, "str.isnumeric", recv, args, kwargs, |s| {
        all_chars(s, |c| sm::is_digit(c) || c.is_numeric())
    })
}

pub fn isascii(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(vm, "str.isascii", recv, args, kwargs, str::is_ascii)
}

pub fn isprintable(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(vm, "str.isprintable", recv, args, kwargs, |s| {
        s.chars().all(sm::is_printable)
    })
}

/// `s.isidentifier()`: whether the lexer would read `s` as one name.
pub fn isidentifier(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    use crate::syntax::{is_id_continue, is_id_start};
    predicate(vm, "str.isidentifier", recv, args, kwargs, |s| {
        let mut chars = s.chars();
        chars.next().is_some_and(is_id_start) && chars.all(is_id_continue)
    })
}

/// `s.istitle()`: uppercase characters only start runs of cased characters,
/// lowercase ones only continue them, and there is at least one cased character.
pub fn istitle(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    predicate(vm, "str.istitle", recv, args, kwargs, |s| {
        let (mut cased, mut previous_cased) = (false, false);
        for c in s.chars() {
            if c.is_uppercase() {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else {
                previous_cased = false;
            }
        }
        cased
    })
}

/// `center`/`ljust`/`rjust(width, fillchar=' ')`
fn justify(
    vm: &mut Vm,
    func: &str,
    recv: Value,
    args: &[Value],
    kwargs: Kwargs,
    f: fn(&str, i64, char) -> String,
) -> PyResult<Value> {
    no_kwargs(vm, &format!("str.{func}"), kwargs)?;
    arity(vm, func, args, 1, 2)?;
    let width = int_arg(vm, args[0])?;
    let fill = match args.get(1) {
        None => ' ',
        Some(&v) => {
            let Some(s) = as_str(v) else {
                let msg = format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(v)
                );
                return Err(vm.type_error(msg));
            };
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
    };
    let s = text(recv);
    if width <= sm::char_len(s) as i64 {
        return Ok(recv);
    }
    let out = f(s, width, fill);
    Ok(vm.new_str(out))
}

pub fn center(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    justify(vm, "center", recv, args, kwargs, sm::center)
}

pub fn ljust(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    justify(vm, "ljust", recv, args, kwargs, sm::ljust)
}

pub fn rjust(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    justify(vm, "rjust", recv, args, kwargs, sm::rjust)
}

pub fn zfill(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(vm, "str.zfill", kwargs)?;
    arity(vm, "str.zfill", args, 1, 1)?;
    let width = int_arg(vm, args[0])?;
    let s = sm::zfill(text(recv), width);
    Ok(vm.new_str(s))
}

/// `partition`/`rpartition(sep)`: a 3-tuple around the first/last `sep`.
fn partition_at(
    vm: &mut Vm,
    func: &str,
    recv: Value,
    args: &[Value],
    kwargs: Kwargs,
    from_right: bool,
) -> PyResult<Value> {
    no_kwargs(vm, &format!("str.{func}"), kwargs)?;
    arity(vm, &format!("str.{func}"), args, 1, 1)?;
    let sep = str_arg(vm, args[0])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let s = text(recv);
    let found = if from_right {
        s.rfind(sep)
    } else {
        s.find(sep)
    };
    let (a, b, c) = match found {
        Some(i) => (&s[..i], sep, &s[i + sep.len()..]),
        None if from_right => ("", "", s),
        None => (s, "", ""),
    };
    let parts = [a, b, c].map(|p| vm.new_str(p.to_string()));
    Ok(vm.new_tuple(parts.to_vec()))
}

pub fn partition(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    partition_at(vm, "partition", recv, args, kwargs, false)
}

pub fn rpartition(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    partition_at(vm, "rpartition", recv, args, kwargs, true)
}

/// `s.expandtabs(tabsize=8)`: tabs become spaces up to the next multiple of
/// `tabsize` columns; newlines reset the column.
pub fn expandtabs(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    check_kwargs(vm, "expandtabs", kwargs, &["tabsize"])?;
    at_most(vm, "expandtabs", args, 1)?;
    let tabsize = match arg_or_kwarg(vm, args, kwargs, 0, "tabsize") {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut column: i64 = 0;
    for c in text(recv).chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    column += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

fn strip_affix(
    vm: &mut Vm,
    func: &str,
    recv: Value,
    args: &[Value],
    kwargs: Kwargs,
    f: fn(&'static str, &str) -> Option<&'static str>,
) -> PyResult<Value> {
    no_kwargs(vm, &format!("str.{func}"), kwargs)?;
    arity(vm, &format!("str.{func}"), args, 1, 1)?;
    let Some(affix) = as_str(args[0]) else {
        let msg = format!(
            "{func}() argument must be str, not {}",
            vm.arg_type_name(args[0])
        );
        return Err(vm.type_error(msg));
    };
    match f(text(recv), affix) {
        Some(rest) => substring(vm, recv, rest),
        None => Ok(recv),
    }
}

pub fn removeprefix(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    strip_affix(vm, "removeprefix", recv, args, kwargs, |s, p| {
        s.strip_prefix(p)
    })
}

pub fn removesuffix(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    strip_affix(vm, "removesuffix", recv, args, kwargs, |s, p| {
        s.strip_suffix(p)
    })
}

/// The arguments of a `str.format` call, which every field looks up.
struct FormatArgs<'a> {
    args: &'a [Value],
    kwargs: Kwargs<'a>,
}

/// `template.format(*args, **kwargs)`
pub fn format(vm: &mut Vm, recv: Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let fargs = FormatArgs { args, kwargs };
    let mut out = String::new();
    for piece in Template::new(text(recv)) {
        let piece = piece.map_err(|e| vm.format_error(e))?;
        render_piece(vm, &piece, &fargs, &mut out)?;
    }
    Ok(vm.new_str(out))
}

/// Appends a literal, or a replacement field's formatted value, to `out`.
fn render_piece(
    vm: &mut Vm,
    piece: &TemplatePiece,
    fargs: &FormatArgs,
    out: &mut String,
) -> PyResult<()> {
    match piece {
        TemplatePiece::Literal(text) => {
            out.push_str(text);
            Ok(())
        }
        TemplatePiece::Field { .. } => {
            let mark = vm.roots.len();
            let r = render_field(vm, piece, fargs, out);
            vm.roots.truncate(mark);
            r
        }
    }
}

/// Looks up a field's value, applies its conversion and formats it with its
/// (expanded) spec. Intermediate values stay rooted until the caller truncates.
fn render_field(
    vm: &mut Vm,
    field: &TemplatePiece,
    fargs: &FormatArgs,
    out: &mut String,
) -> PyResult<()> {
    let TemplatePiece::Field {
        name,
        path,
        conversion,
        spec,
    } = field
    else {
        unreachable!("render_field on a literal");
    };
    let mut v = match name {
        FieldName::Index(i) => match fargs.args.get(*i) {
            Some(&v) => v,
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                )))
            }
        },
        FieldName::Keyword(k) => match kwarg(vm, fargs.kwargs, k) {
            Some(v) => v,
            None => {
                let key = vm.new_str(k.clone());
                return Err(vm.key_error(key));
            }
        },
    };
    for step in path {
        v = match step {
            FieldAccess::Attribute(attr) => {
                let attr = vm.new_str(attr.clone());
                vm.roots.push(attr);
                vm.get_attr(v, attr)?
            }
            FieldAccess::Index(i) => vm.get_item(v, Value::small_int(*i as i64))?,
            FieldAccess::Key(k) => {
                let key = vm.new_str(k.clone());
                vm.roots.push(key);
                vm.get_item(v, key)?
            }
        };
        vm.roots.push(v);
    }
    let converted = match conversion {
        None => None,
        Some('s') => Some(vm.str(v)?),
        Some('r') => Some(vm.repr(v)?),
        Some('a') => Some(sm::ascii_escape(&vm.repr(v)?)),
        Some(c) => return Err(vm.format_error(format::unknown_conversion(*c))),
    };
    let mut spec_text = String::new();
    for piece in spec {
        render_piece(vm, piece, fargs, &mut spec_text)?;
    }
    let formatted = match converted {
        Some(s) => format::format_str(&s, &spec_text).map_err(|e| vm.format_error(e))?,
        None => vm.format_field(v, &spec_text)?,
    };
    out.push_str(&formatted);
    Ok(())
}
