//! Float to text, reproducing CPython's `PyOS_double_to_string`
//! (`Python/pystrtod.c`, `format_float_short`).
//!
//! CPython asks David Gay's `dtoa` for a digit string and a decimal-point
//! position, then lays them out. Rust's `{:e}`, `{:.Ne}` and `{:.N}` are
//! correctly rounded (round-half-even on the exact binary value) just like
//! `dtoa`, so they serve as the digit source and only the layout is ported.

use super::spec::{render_number, unknown_type, Align, NumberParts, Spec};
use super::FormatError;

/// Which digits to ask for, in `dtoa`'s terms.
#[derive(Clone, Copy)]
enum DigitMode {
    /// Mode 0: the shortest digits that round-trip.
    Shortest,
    /// Mode 2: this many significant digits (at least 1).
    Significant(usize),
    /// Mode 3: this many digits after the decimal point.
    Fixed(usize),
}

/// `dtoa`'s result for a finite non-negative value: digits without leading or
/// trailing zeros (`"0"` for zero) and the decimal point's position relative
/// to their start (`digits = "123", decpt = 1` is 1.23).
struct Digits {
    digits: String,
    decpt: isize,
}

fn to_digits(x: f64, mode: DigitMode) -> Digits {
    // A double's exact decimal expansion has at most 767 significant digits and 1074
    // after the point: more precision only adds zeros, which the digits leave out
    // (and Rust's formatting takes a precision only up to 65535).
    let mode = match mode {
        DigitMode::Significant(n) => DigitMode::Significant(n.min(800)),
        DigitMode::Fixed(n) => DigitMode::Fixed(n.min(1100)),
        shortest => shortest,
    };
    let (mantissa, exponent) = match mode {
        DigitMode::Shortest => split_exponent(format!("{x:e}")),
        DigitMode::Significant(n) => split_exponent(format!("{:.*e}", n.max(1) - 1, x)),
        DigitMode::Fixed(n) => {
            let text = format!("{x:.n$}");
            let int_len = text.find('.').unwrap_or(text.len()) as isize;
            // Treat "ddd.fff" as mantissa "ddd.fff" with the point after int_len digits.
            (text, int_len - 1)
        }
    };
    let mut digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    if matches!(mode, DigitMode::Shortest) {
        break_shortest_tie(x, &mut digits, exponent);
    }
    let mut decpt = exponent + 1;
    let leading = digits.len() - digits.trim_start_matches('0').len();
    digits.drain(..leading);
    decpt -= leading as isize;
    digits.truncate(digits.trim_end_matches('0').len());
    if digits.is_empty() {
        return Digits {
            digits: "0".to_owned(),
            decpt: 1,
        };
    }
    Digits { digits, decpt }
}

/// Where two shortest digit strings that round-trip are equally close to `x` (its
/// exact value is the midpoint between them), `dtoa` takes the one ending in an
/// even digit and Rust's `{:e}` the upper one (`900719925474099.25` is
/// `900719925474099.2` in CPython). `digits` (no point, most significant first,
/// the first at `10**exponent`) becomes the even one in that case.
fn break_shortest_tie(x: f64, digits: &mut String, exponent: isize) {
    let Some(last) = digits.bytes().last().map(|b| b - b'0') else {
        return;
    };
    let n = digits.len();
    // Two neighbours that both round-trip are less than an ulp apart: 16 digits
    // or more for a normal double (an ulp is at least 2**-53 of it).
    if last % 2 == 0 || (n < 16 && x.abs() >= f64::MIN_POSITIVE) {
        return;
    }
    for other in [last - 1, last + 1] {
        if other > 9 {
            continue;
        }
        let mut candidate = digits[..n - 1].to_owned();
        candidate.push((b'0' + other) as char);
        let text = format!("{}.{}e{exponent}", &candidate[..1], &candidate[1..]);
        if text.parse::<f64>() != Ok(x) {
            continue;
        }
        // A tie when `x` is exactly the midpoint: the lower of the two followed by a
        // 5 (a double's exact expansion has at most 767 significant digits).
        let low = if other < last { &candidate } else { &*digits };
        let exact = format!("{x:.800e}");
        let (mantissa, _) = split_exponent(exact);
        let exact_digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
        let rest = &exact_digits[n..];
        if exact_digits.starts_with(low.as_str())
            && rest.starts_with('5')
            && rest[1..].bytes().all(|b| b == b'0')
        {
            *digits = candidate;
            return;
        }
    }
}

/// Splits Rust's `1.2345e-7` into its mantissa and exponent.
fn split_exponent(text: String) -> (String, isize) {
    let e = text.find('e').expect("exponent format has an 'e'");
    let exponent = text[e + 1..].parse().expect("exponent is an integer");
    let mut mantissa = text;
    mantissa.truncate(e);
    (mantissa, exponent)
}

/// Layout switches of `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
struct Flags {
    /// `Py_DTSF_ADD_DOT_0`: integral values get `.0` (repr, spec without type).
    add_dot_0: bool,
    /// `Py_DTSF_ALT`: `#`, keep the decimal point and trailing zeros.
    alt: bool,
    /// `Py_DTSF_NO_NEG_0`: `z`, drop the sign of a result that rounds to zero.
    no_neg_0: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of
/// `eEfFgG` or `r` (repr, precision ignored). A leading `-` is included for
/// negative values; no `+` is ever added.
fn double_to_string(x: f64, code: char, precision: usize, flags: Flags) -> String {
    let upper = code.is_ascii_uppercase();
    if !x.is_finite() {
        let text = match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        return if x.is_infinite() && x < 0.0 {
            format!("-{text}")
        } else {
            text.to_owned()
        };
    }
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (DigitMode::Significant(precision + 1), precision + 1),
        'f' => (DigitMode::Fixed(precision), precision),
        'g' => {
            let precision = precision.max(1);
            (DigitMode::Significant(precision), precision)
        }
        _ => (DigitMode::Shortest, 0),
    };
    let Digits { digits, mut decpt } = to_digits(x.abs(), mode);
    let digits_len = digits.len() as isize;
    let negative = x.is_sign_negative() && !(flags.no_neg_0 && digits == "0");

    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision as isize;
        }
        'f' => vdigits_end = decpt + precision as isize,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision as isize - 1
            } else {
                precision as isize
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                vdigits_end = precision as isize;
            }
        }
        // repr switches to exponent notation at 1e16 and below 1e-4.
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    // The output is the slice [vdigits_start, vdigits_end) of the digits
    // padded with zeros on both sides, with the point at decpt.
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    vdigits_end = vdigits_end.max(min_end);

    let zeros = |n: isize| "0".repeat(n.max(0) as usize);
    let mut out = String::with_capacity((vdigits_end - vdigits_start) as usize + 8);
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        out.push_str(&zeros(decpt - vdigits_start));
        out.push('.');
        out.push_str(&zeros(-decpt));
    } else {
        out.push_str(&zeros(-vdigits_start));
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        out.push_str(&zeros(decpt - digits_len));
        out.push('.');
        out.push_str(&zeros(vdigits_end - decpt));
    } else {
        out.push_str(&zeros(vdigits_end - digits_len));
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `repr(x)` (equal to `str(x)`): the shortest string that round-trips,
/// `1e+16` from 1e16 up, `1e-05` below 1e-4, `.0` on integral values,
/// `inf`, `-inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        Flags {
            add_dot_0: true,
            ..Flags::default()
        },
    )
}

/// `format(x, spec)` for a float. The empty spec is `str(x)`; a spec without
/// a type but with a precision is like `g` except that it switches to
/// exponent notation one digit earlier and integral values keep a `.0`.
pub fn format_float(x: f64, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let spec = Spec::parse(spec, None, Align::Right, "float")?;
    if let Some(ty) = spec.ty {
        if !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_type(ty, "float"));
        }
    }
    Ok(format_float_with(x, &spec))
}

/// Formats a float under an already parsed spec whose type is a float type
/// (or none): CPython's `format_float_internal`. Also serves ints under `e`,
/// `f`, `g` and `%`.
pub(crate) fn format_float_with(x: f64, spec: &Spec) -> String {
    let mut flags = Flags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..Flags::default()
    };
    let mut value = x;
    let mut percent = false;
    let code = match spec.ty {
        None => {
            flags.add_dot_0 = true;
            if spec.precision.is_some() {
                'g'
            } else {
                'r'
            }
        }
        Some('n') => 'g',
        Some('%') => {
            value *= 100.0;
            percent = true;
            'f'
        }
        Some(ty) => ty,
    };
    let default_precision = if spec.ty.is_none() { 0 } else { 6 };
    let precision = spec.precision.unwrap_or(default_precision);
    let mut text = double_to_string(value, code, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(int_len);
    let (has_decimal_point, remainder) = match rest.strip_prefix('.') {
        Some(fraction) => (true, fraction),
        None => (false, rest),
    };
    render_number(
        spec,
        &NumberParts {
            negative,
            prefix: "",
            digits,
            has_decimal_point,
            remainder,
        },
        false,
    )
}

/// The text of `%e`/`%f`/`%g` (any case) with `precision` and the `#` flag,
/// sign included for negative values.
pub(crate) fn percent_float(x: f64, code: char, precision: usize, alternate: bool) -> String {
    double_to_string(
        x,
        code,
        precision,
        Flags {
            alt: alternate,
            ..Flags::default()
        },
    )
}
