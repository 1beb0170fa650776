//! `format(int, spec)`: CPython's `_PyLong_FormatAdvancedWriter` and
//! `format_long_internal`, for small (`i64`) and big (`BigInt`) ints alike.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use super::float::format_float_with;
use super::spec::{render_number, unknown_type, Align, NumberParts, Spec};
use super::FormatError;

/// An int in whichever representation the caller has; avoids allocating a
/// `BigInt` for the common small case.
#[derive(Clone, Copy)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(x) => x < 0,
            IntRef::Big(x) => x.sign() == Sign::Minus,
        }
    }

    /// The magnitude's digits in `radix`, lower case (decimal ones within
    /// [`super::MAX_STR_DIGITS`]).
    fn magnitude_digits(self, radix: u32) -> Result<String, FormatError> {
        Ok(match self {
            IntRef::Small(x) => {
                let m = x.unsigned_abs();
                match radix {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                }
            }
            IntRef::Big(x) if radix == 10 => super::decimal_digits(x)?,
            IntRef::Big(x) => x.magnitude().to_str_radix(radix),
        })
    }

    /// `float(x)`, correctly rounded; OverflowError beyond the float range.
    fn to_f64(self) -> Result<f64, FormatError> {
        let value = match self {
            IntRef::Small(x) => x as f64,
            IntRef::Big(x) => x.to_f64().unwrap_or(f64::INFINITY),
        };
        if value.is_finite() {
            Ok(value)
        } else {
            Err(FormatError::overflow("int too large to convert to float"))
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(x) => Some(x),
            IntRef::Big(x) => x.to_i64(),
        }
    }
}

/// `format(x, spec)` for an int (or a bool, which the caller passes as 0/1;
/// the empty spec of a bool is `str(bool)` and stays the caller's job).
/// Errors carry CPython's messages, e.g. "Unknown format code 's' for object
/// of type 'int'" or "Precision not allowed in integer format specifier".
pub fn format_int(x: &BigInt, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return super::int_str(x);
    }
    format_int_ref(IntRef::Big(x), spec)
}

/// [`format_int`] for an int that fits in an `i64`; same results.
pub fn format_i64(x: i64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(x.to_string());
    }
    if let Some(s) = format_i64_simple(x, spec) {
        return Ok(s);
    }
    format_int_ref(IntRef::Small(x), spec)
}

/// The common specs `d`, `N`, `Nd`, `0N`, `0Nd`, `<N`, `>N`, `^N` (and with `d`)
/// without the general machinery; None for any other spec.
fn format_i64_simple(x: i64, spec: &str) -> Option<String> {
    let spec = spec.strip_suffix('d').unwrap_or(spec);
    let (align, width) = match spec.as_bytes().first() {
        None => return Some(x.to_string()),
        Some(b'0') if spec.len() > 1 => ('0', &spec[1..]),
        Some(&a @ (b'<' | b'>' | b'^')) => (a as char, &spec[1..]),
        _ => ('>', spec),
    };
    // A width with a leading zero after an alignment (`<05`) also zero-fills.
    if width.is_empty()
        || width.len() > 3
        || (align != '0' && width.starts_with('0'))
        || !width.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let width = width
        .bytes()
        .fold(0usize, |w, b| w * 10 + (b - b'0') as usize);
    // The decimal digits, right to left, without allocating.
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    let mut m = x.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    let digits = &buf[at..];
    let len = digits.len() + (x < 0) as usize;
    let pad = width.saturating_sub(len);
    let mut out = String::with_capacity(len + pad);
    let (left, right) = match align {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        '0' => (0, 0),
        _ => (pad, 0),
    };
    out.extend(std::iter::repeat_n(' ', left));
    if x < 0 {
        out.push('-');
    }
    // Zero padding goes after the sign.
    if align == '0' {
        out.extend(std::iter::repeat_n('0', pad));
    }
    out.extend(digits.iter().map(|&d| d as char));
    out.extend(std::iter::repeat_n(' ', right));
    Some(out)
}

fn format_int_ref(x: IntRef, spec: &str) -> Result<String, FormatError> {
    let spec = Spec::parse(spec, Some('d'), Align::Right, "int")?;
    match spec.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_integral(x, &spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => Ok(format_float_with(x.to_f64()?, &spec)),
        other => Err(unknown_type(other, "int")),
    }
}

/// CPython's `format_long_internal`: the integer presentation types.
fn format_integral(x: IntRef, spec: &Spec) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if spec.ty == Some('c') {
        return format_char(x, spec);
    }
    let (radix, prefix) = match spec.ty {
        Some('b') => (2, "0b"),
        Some('o') => (8, "0o"),
        Some('x') => (16, "0x"),
        Some('X') => (16, "0X"),
        _ => (10, ""),
    };
    let digits = x.magnitude_digits(radix)?;
    Ok(render_number(
        spec,
        &NumberParts {
            negative: x.is_negative(),
            prefix: if spec.alternate { prefix } else { "" },
            digits: &digits,
            has_decimal_point: false,
            remainder: "",
        },
        spec.ty == Some('X'),
    ))
}

/// The `c` type: the code point `x`, padded like a number without digits.
fn format_char(x: IntRef, spec: &Spec) -> Result<String, FormatError> {
    if spec.sign.is_some() {
        return Err(FormatError::value(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let code = x
        .to_i64()
        .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
    let c = char_from_code(code)?;
    let text = c.to_string();
    Ok(render_number(
        spec,
        &NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal_point: false,
            remainder: &text,
        },
        false,
    ))
}

/// The character for `%c` and `format(x, 'c')`. Lone surrogates are valid
/// Python characters but cannot live in a Rust string, so they are refused
/// with a ValueError instead of being mangled.
pub(crate) fn char_from_code(code: i64) -> Result<char, FormatError> {
    if !(0..=0x10ffff).contains(&code) {
        return Err(FormatError::overflow("%c arg not in range(0x110000)"));
    }
    char::from_u32(code as u32).ok_or_else(|| {
        FormatError::value(format!(
            "surrogate code point U+{code:04X} cannot be represented in a Krait string"
        ))
    })
}

/// The sign and magnitude digits of `x` in `radix` (lower case; decimal ones
/// within [`super::MAX_STR_DIGITS`]).
pub(crate) fn int_digits(x: &BigInt, radix: u32) -> Result<(bool, String), FormatError> {
    Ok((x.is_negative(), IntRef::Big(x).magnitude_digits(radix)?))
}
