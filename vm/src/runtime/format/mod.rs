//! Number and string formatting with CPython 3.11's exact output:
//! `repr(float)`, `format(value, spec)` for int, float and str, `%`-formatting
//! and `str.format` template parsing.
//!
//! Everything here is a pure function over Rust values; the interpreter maps
//! [`FormatError`] to the Python exception and supplies the arguments of `%`
//! through [`PercentArgs`]. This module does not know about VM values.
//!
//! - `spec`: the format-spec mini-language and field layout.
//! - `float`: shortest repr and `e`/`f`/`g`/`%` digits (Rust's correctly
//!   rounded formatting is the digit source).
//! - `int`: `format(int, spec)`.
//! - `percent`: `fmt % args`.
//! - `template`: `str.format` templates.

mod float;
mod int;
mod percent;
mod spec;
mod template;

pub use float::{float_repr, format_float};
pub use int::{format_i64, format_int};
pub use percent::{percent_format, percent_type_error, PercentArgs};
pub use template::{
    parse_template, unknown_conversion, FieldAccess, FieldName, Template, TemplatePiece,
};

use num_bigint::BigInt;
use spec::{Align, Spec};

/// CPython's default limit on the digits of an int converted to or from a decimal
/// str (`sys.get_int_max_str_digits()`), which guards against quadratic conversions.
pub const MAX_STR_DIGITS: usize = 4300;

/// The decimal digits of `|x|`, or CPython's ValueError when there are more than
/// [`MAX_STR_DIGITS`] (`str`, `repr`, `format` and `%d` of an int all check).
pub fn decimal_digits(x: &BigInt) -> Result<String, FormatError> {
    // 2**14300 has 4305 digits: past that, no need to convert to know.
    let digits = (x.bits() <= 14_300).then(|| x.magnitude().to_string());
    match digits {
        Some(d) if d.len() <= MAX_STR_DIGITS => Ok(d),
        _ => Err(FormatError::value(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        ))),
    }
}

/// `str(x)` of an int, checked as [`decimal_digits`].
pub fn int_str(x: &BigInt) -> Result<String, FormatError> {
    let digits = decimal_digits(x)?;
    Ok(if x.sign() == num_bigint::Sign::Minus {
        format!("-{digits}")
    } else {
        digits
    })
}

/// Which Python exception a [`FormatError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    KeyError,
    IndexError,
}

/// An error raised by formatting; `message` is CPython's message verbatim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub kind: FormatErrorKind,
    pub message: String,
}

impl FormatError {
    pub fn new(kind: FormatErrorKind, message: impl Into<String>) -> FormatError {
        FormatError {
            kind,
            message: message.into(),
        }
    }

    pub(crate) fn value(message: impl Into<String>) -> FormatError {
        FormatError::new(FormatErrorKind::ValueError, message)
    }

    pub(crate) fn type_error(message: impl Into<String>) -> FormatError {
        FormatError::new(FormatErrorKind::TypeError, message)
    }

    pub(crate) fn overflow(message: impl Into<String>) -> FormatError {
        FormatError::new(FormatErrorKind::OverflowError, message)
    }
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for FormatError {}

/// A numeric argument of `%`-formatting.
#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    /// An int or a bool.
    Int(BigInt),
    Float(f64),
}

/// `format(s, spec)` for a str: alignment, fill, width and truncation by
/// `.precision`, all counted in code points.
pub fn format_str(s: &str, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(s.to_owned());
    }
    let spec = Spec::parse(spec, Some('s'), Align::Left, "str")?;
    if let Some(ty) = spec.ty.filter(|&ty| ty != 's') {
        return Err(spec::unknown_type(ty, "str"));
    }
    match spec.sign {
        Some(spec::SignOption::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (text, len) = match spec.precision {
        Some(precision) => match s.char_indices().nth(precision) {
            Some((cut, _)) => (&s[..cut], precision),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    Ok(spec::pad(text, len, spec.width, spec.align, spec.fill))
}

#[cfg(test)]
mod tests;
