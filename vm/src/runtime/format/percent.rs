//! `fmt % args`: a port of CPython's `PyUnicode_Format`
//! (`Objects/unicodeobject.c`), including its argument bookkeeping, so that
//! which error wins and where padding goes match CPython exactly.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use super::float::percent_float;
use super::int::{char_from_code, int_digits};
use super::{FormatError, FormatErrorKind, Num};
use crate::runtime::strmethods::ascii_escape;

/// The right operand of `fmt % args`, implemented by the interpreter.
///
/// Arguments are addressed by handles: `0..count()` are the positional
/// arguments (handle 0 is the operand itself when it is not a tuple), and
/// [`PercentArgs::mapping_item`] may hand out further handles for `%(key)s`.
pub trait PercentArgs {
    /// Number of positional arguments: the tuple's length, or 1 when the
    /// operand is not a tuple.
    fn count(&self) -> usize;
    /// Whether the operand is a tuple (its items are the arguments).
    fn is_tuple(&self) -> bool;
    /// `str(arg)`.
    fn str_of(&mut self, handle: usize) -> Result<String, FormatError>;
    /// `repr(arg)`.
    fn repr_of(&mut self, handle: usize) -> Result<String, FormatError>;
    /// The numeric value of an int, bool or float argument for conversion
    /// `conv` (`d i u o x X e E f F g G c`, or `*` for a `*` width or
    /// precision). For any other type, return [`percent_type_error`]`(conv, type_name)`.
    fn num_of(&mut self, handle: usize, conv: char) -> Result<Num, FormatError>;
    /// The Python type name of the argument (`"int"`, `"str"`, ...).
    fn type_name(&self, handle: usize) -> String;
    /// Whether the operand is a mapping other than a tuple or str (a dict,
    /// but also a list, as in CPython). Mappings enable `%(key)s` and are
    /// exempt from "not all arguments converted".
    fn is_mapping(&self) -> bool {
        false
    }
    /// Looks up `operand[key]` for `%(key)s` and returns a handle for it
    /// (any value the other methods accept), or the lookup's error
    /// (KeyError). Only called when [`PercentArgs::is_mapping`] is true.
    fn mapping_item(&mut self, _key: &str) -> Result<usize, FormatError> {
        Err(FormatError::type_error("format requires a mapping"))
    }
}

/// CPython's TypeError for an argument of the wrong type under conversion
/// `conv`, e.g. "%d format: a real number is required, not str".
pub fn percent_type_error(conv: char, type_name: &str) -> FormatError {
    FormatError::type_error(match conv {
        'o' | 'x' | 'X' => format!("%{conv} format: an integer is required, not {type_name}"),
        'd' | 'i' | 'u' => format!("%{conv} format: a real number is required, not {type_name}"),
        'c' => "%c requires int or char".to_owned(),
        '*' => "* wants int".to_owned(),
        _ => format!("must be real number, not {type_name}"),
    })
}

/// Flags of one conversion specifier.
#[derive(Clone, Copy, Default)]
struct Flags {
    left_justify: bool,
    sign: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
}

/// One parsed `%...c` specifier.
struct Conversion {
    flags: Flags,
    width: Option<usize>,
    precision: Option<usize>,
    ch: char,
}

/// Which arguments the next positional conversion consumes: CPython's
/// `args`/`argidx`/`arglen`, where a length of `None` means a single
/// non-tuple value (the operand, or the value of the last `%(key)`).
struct ArgCursor {
    /// The handle of the single value when `len` is `None`.
    single: usize,
    len: Option<usize>,
    next: usize,
    /// Whether the single value has been consumed.
    single_used: bool,
}

impl ArgCursor {
    fn single(handle: usize) -> ArgCursor {
        ArgCursor {
            single: handle,
            len: None,
            next: 0,
            single_used: false,
        }
    }

    fn next_arg(&mut self) -> Result<usize, FormatError> {
        match self.len {
            Some(len) if self.next < len => {
                self.next += 1;
                Ok(self.next - 1)
            }
            None if !self.single_used => {
                self.single_used = true;
                Ok(self.single)
            }
            _ => Err(FormatError::type_error(
                "not enough arguments for format string",
            )),
        }
    }

    fn has_unused(&self) -> bool {
        match self.len {
            Some(len) => self.next < len,
            None => !self.single_used,
        }
    }
}

/// A cursor over the format string's code points. Trying to read past the
/// end is remembered (`overran`), like CPython's negative `fmtcnt`.
struct Scanner {
    chars: Vec<char>,
    pos: usize,
    overran: bool,
}

impl Scanner {
    fn next(&mut self) -> Option<char> {
        let c = self.chars.get(self.pos).copied();
        match c {
            Some(_) => self.pos += 1,
            None => self.overran = true,
        }
        c
    }
}

/// `fmt % args` with CPython's results and errors ("not enough arguments for
/// format string", "not all arguments converted during string formatting",
/// "incomplete format", "unsupported format character 'y' (0x79) at index 3",
/// ...). Supports `%s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %%`, the
/// flags `-+ #0`, widths and precisions (also `*`), and `%(key)s` through
/// [`PercentArgs::mapping_item`].
pub fn percent_format(fmt: &str, args: &mut dyn PercentArgs) -> Result<String, FormatError> {
    let mapping = args.is_mapping() && !args.is_tuple();
    let mut cursor = if args.is_tuple() {
        ArgCursor {
            single: 0,
            len: Some(args.count()),
            next: 0,
            single_used: false,
        }
    } else {
        ArgCursor::single(0)
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut scanner = Scanner {
        chars: fmt.chars().collect(),
        pos: 0,
        overran: false,
    };
    while let Some(c) = scanner.next() {
        if c == '%' {
            format_one(&mut scanner, &mut cursor, args, mapping, &mut out)?;
        } else {
            out.push(c);
        }
    }
    if cursor.has_unused() && !mapping {
        return Err(FormatError::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// Handles one specifier; `scanner.pos` is just after its `%`.
fn format_one(
    scanner: &mut Scanner,
    cursor: &mut ArgCursor,
    args: &mut dyn PercentArgs,
    mapping: bool,
    out: &mut String,
) -> Result<(), FormatError> {
    if scanner.chars.get(scanner.pos) == Some(&'%') {
        scanner.pos += 1;
        out.push('%');
        return Ok(());
    }
    let conversion = parse_conversion(scanner, cursor, args, mapping)?;
    let handle = cursor.next_arg()?;
    let ch = conversion.ch;
    let (text, numeric) = match ch {
        's' => (args.str_of(handle)?, false),
        'r' => (args.repr_of(handle)?, false),
        'a' => (ascii_escape(&args.repr_of(handle)?), false),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = integer_arg(args, handle, ch)?;
            (
                format_long(&n, conversion.flags.alternate, conversion.precision, ch)?,
                true,
            )
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match args.num_of(handle, ch)? {
                Num::Float(x) => x,
                Num::Int(n) => n
                    .to_f64()
                    .filter(|x| x.is_finite())
                    .ok_or_else(|| FormatError::overflow("int too large to convert to float"))?,
            };
            let precision = conversion.precision.unwrap_or(6);
            (
                percent_float(x, ch, precision, conversion.flags.alternate),
                true,
            )
        }
        'c' => (char_arg(args, handle)?.to_string(), false),
        _ => {
            let shown = if (31..=126).contains(&(ch as u32)) {
                ch
            } else {
                '?'
            };
            return Err(FormatError::value(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {}",
                ch as u32,
                scanner.pos - 1
            )));
        }
    };
    write_padded(out, &conversion, &text, numeric);
    if mapping && cursor.has_unused() {
        return Err(FormatError::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(())
}

/// Parses `[(key)][flags][width][.precision][hlL]conv` (CPython's
/// `unicode_format_arg_parse`), consuming `*` arguments as it goes.
fn parse_conversion(
    scanner: &mut Scanner,
    cursor: &mut ArgCursor,
    args: &mut dyn PercentArgs,
    mapping: bool,
) -> Result<Conversion, FormatError> {
    // The last character read; it stays put when the scanner runs out.
    let mut ch = scanner.chars.get(scanner.pos).copied().unwrap_or('\0');
    if ch == '(' {
        if !mapping {
            return Err(FormatError::type_error("format requires a mapping"));
        }
        scanner.pos += 1;
        let key_start = scanner.pos;
        let mut depth = 1;
        while depth > 0 {
            match scanner.next() {
                Some(c) => {
                    ch = c;
                    match c {
                        ')' => depth -= 1,
                        '(' => depth += 1,
                        _ => {}
                    }
                }
                None => return Err(FormatError::value("incomplete format key")),
            }
        }
        let key: String = scanner.chars[key_start..scanner.pos - 1].iter().collect();
        *cursor = ArgCursor::single(args.mapping_item(&key)?);
    }
    let mut flags = Flags::default();
    while let Some(c) = scanner.next() {
        ch = c;
        match c {
            '-' => flags.left_justify = true,
            '+' => flags.sign = true,
            ' ' => flags.blank = true,
            '#' => flags.alternate = true,
            '0' => flags.zero = true,
            _ => break,
        }
    }
    let mut width = None;
    if ch == '*' {
        let value = star_arg(cursor, args)?;
        let magnitude = value
            .magnitude()
            .to_isize()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C ssize_t"))?;
        if value.sign() == num_bigint::Sign::Minus {
            flags.left_justify = true;
        }
        width = Some(magnitude as usize);
        if let Some(c) = scanner.next() {
            ch = c;
        }
    } else if let Some(d) = ch.to_digit(10) {
        let mut value = d as usize;
        while let Some(c) = scanner.next() {
            ch = c;
            let Some(d) = c.to_digit(10) else { break };
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|&v| v <= isize::MAX as usize)
                .ok_or_else(|| FormatError::value("width too big"))?;
        }
        width = Some(value);
    }
    let mut precision = None;
    if ch == '.' {
        precision = Some(0);
        if let Some(c) = scanner.next() {
            ch = c;
        }
        if ch == '*' {
            let value = star_arg(cursor, args)?;
            let value = value
                .to_i32()
                .ok_or_else(|| FormatError::overflow("Python int too large to convert to C int"))?;
            precision = Some(value.max(0) as usize);
            if let Some(c) = scanner.next() {
                ch = c;
            }
        } else if let Some(d) = ch.to_digit(10) {
            let mut value = d as usize;
            while let Some(c) = scanner.next() {
                ch = c;
                let Some(d) = c.to_digit(10) else { break };
                value = value
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(d as usize))
                    .filter(|&v| v <= i32::MAX as usize)
                    .ok_or_else(|| FormatError::value("precision too big"))?;
            }
            precision = Some(value);
        }
    }
    // Length modifiers are accepted and ignored, as in C.
    if !scanner.overran && matches!(ch, 'h' | 'l' | 'L') {
        if let Some(c) = scanner.next() {
            ch = c;
        }
    }
    if scanner.overran {
        return Err(FormatError::value("incomplete format"));
    }
    Ok(Conversion {
        flags,
        width,
        precision,
        ch,
    })
}

/// The value of a `*` width or precision: CPython insists on an int.
fn star_arg(cursor: &mut ArgCursor, args: &mut dyn PercentArgs) -> Result<BigInt, FormatError> {
    let handle = cursor.next_arg()?;
    match args.num_of(handle, '*') {
        Ok(Num::Int(n)) => Ok(n),
        Ok(Num::Float(_)) => Err(percent_type_error('*', "float")),
        Err(e) if e.kind == FormatErrorKind::TypeError => Err(percent_type_error('*', "")),
        Err(e) => Err(e),
    }
}

/// The integer for `%d`-style conversions: floats are truncated for
/// `d i u`, refused for `o x X`.
fn integer_arg(args: &mut dyn PercentArgs, handle: usize, ch: char) -> Result<BigInt, FormatError> {
    match args.num_of(handle, ch)? {
        Num::Int(n) => Ok(n),
        Num::Float(_) if matches!(ch, 'o' | 'x' | 'X') => {
            Err(percent_type_error(ch, &args.type_name(handle)))
        }
        Num::Float(x) if x.is_nan() => {
            Err(FormatError::value("cannot convert float NaN to integer"))
        }
        Num::Float(x) => BigInt::from_f64(x.trunc())
            .ok_or_else(|| FormatError::overflow("cannot convert float infinity to integer")),
    }
}

/// The character for `%c`: a one-character str or an int code point.
fn char_arg(args: &mut dyn PercentArgs, handle: usize) -> Result<char, FormatError> {
    if args.type_name(handle) == "str" {
        let s = args.str_of(handle)?;
        let mut chars = s.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(percent_type_error('c', "str")),
        };
    }
    match args.num_of(handle, 'c') {
        Ok(Num::Int(n)) => char_from_code(n.to_i64().unwrap_or(-1)),
        Ok(Num::Float(_)) => Err(percent_type_error('c', "float")),
        Err(e) if e.kind == FormatErrorKind::TypeError => Err(percent_type_error('c', "")),
        Err(e) => Err(e),
    }
}

/// CPython's `_PyUnicode_FormatLong`: `[-][0x][zeros up to precision]digits`,
/// upper case throughout for `X`.
fn format_long(
    n: &BigInt,
    alternate: bool,
    precision: Option<usize>,
    ch: char,
) -> Result<String, FormatError> {
    let (radix, prefix) = match ch {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let (negative, digits) = int_digits(n, radix)?;
    let zeros = precision.unwrap_or(0).saturating_sub(digits.len());
    let mut out = String::with_capacity(digits.len() + zeros + 3);
    if negative {
        out.push('-');
    }
    if alternate {
        out.push_str(prefix);
    }
    out.extend(std::iter::repeat_n('0', zeros));
    if ch == 'X' {
        out.push_str(&digits.to_ascii_uppercase());
    } else {
        out.push_str(&digits);
    }
    Ok(out)
}

/// Writes one converted argument with its padding: CPython's
/// `unicode_format_arg_output`. `numeric` says the text is a number whose
/// sign (and `0x`/`0o` prefix) goes before zero padding.
fn write_padded(out: &mut String, conversion: &Conversion, text: &str, numeric: bool) {
    let flags = conversion.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut len = text.chars().count();
    let fits =
        conversion.width.is_none_or(|w| w <= len) && conversion.precision.is_none_or(|p| p >= len);
    if fits && !flags.sign && !flags.blank {
        out.push_str(text);
        return;
    }
    if matches!(conversion.ch, 's' | 'r' | 'a') {
        if let Some(precision) = conversion.precision {
            len = len.min(precision);
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                len -= 1;
                start = 1;
            }
            _ if flags.sign => sign = Some('+'),
            _ if flags.blank => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = conversion.width.unwrap_or(0).max(len);
    if let Some(sign) = sign {
        if fill != ' ' {
            out.push(sign);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = flags.alternate && matches!(conversion.ch, 'x' | 'X' | 'o');
    if has_prefix {
        if fill != ' ' {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.left_justify {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        if has_prefix {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
    }
    out.extend(&chars[start..start + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
}
