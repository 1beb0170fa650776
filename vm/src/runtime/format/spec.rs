//! The format-spec mini-language shared by `format(int | float | str, spec)`:
//! parsing `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//! and laying out a number or a string inside the requested field.
//!
//! Mirrors CPython's `Python/formatter_unicode.c` (`parse_internal_render_format_spec`,
//! `calc_number_widths`, `fill_number`, `calc_padding`) so that padding,
//! sign placement and zero-padded grouping agree byte for byte.

use super::FormatError;

/// Where padding goes when the value is narrower than the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign (and `0x` prefix) and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// The explicit sign option; `-` (the default) is `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SignOption {
    /// `-`: only negative numbers get a sign (the default, but still "specified").
    Minus,
    /// `+`: always a sign.
    Plus,
    /// ` `: a space in front of non-negative numbers.
    Space,
}

/// The thousands-separator option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Grouping {
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (decimal) or four (`b`, `o`, `x`, `X`).
    Underscore,
}

impl Grouping {
    fn separator(self) -> Option<char> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some(','),
            Grouping::Underscore => Some('_'),
        }
    }
}

/// A parsed format spec.
#[derive(Clone, Debug)]
pub(crate) struct Spec {
    pub fill: char,
    pub align: Align,
    pub sign: Option<SignOption>,
    /// `z`: coerce negative zero (after rounding) to positive zero.
    pub no_neg_0: bool,
    /// `#`
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type; `None` when absent and the type has no default.
    pub ty: Option<char>,
}

/// Reads a run of ASCII digits starting at `*pos`; `Ok(None)` when there are none.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// Renders a presentation type or separator for an error message the way
/// CPython's `%c`-or-`\x%x` fallback does.
fn printable_code(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// The error for a presentation type the value's type does not support.
pub(crate) fn unknown_type(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        printable_code(ty),
        type_name
    ))
}

impl Spec {
    /// Parses a non-empty spec. `default_type` is what an omitted type means
    /// (`'d'` for int, `'s'` for str, none for float); `default_align` is
    /// `Right` for numbers and `Left` for strings. Performs only the checks
    /// that do not depend on the value's type, like CPython.
    pub(crate) fn parse(
        spec: &str,
        default_type: Option<char>,
        default_align: Align,
        type_name: &str,
    ) -> Result<Spec, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut parsed = Spec {
            fill: ' ',
            align: default_align,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty: default_type,
        };
        let mut pos = 0;
        let mut fill_specified = false;
        let mut align_specified = false;
        if let Some(align) = chars.get(1).and_then(|&c| Align::from_char(c)) {
            parsed.fill = chars[0];
            parsed.align = align;
            fill_specified = true;
            align_specified = true;
            pos = 2;
        } else if let Some(align) = chars.first().and_then(|&c| Align::from_char(c)) {
            parsed.align = align;
            align_specified = true;
            pos = 1;
        }
        parsed.sign = match chars.get(pos) {
            Some('-') => Some(SignOption::Minus),
            Some('+') => Some(SignOption::Plus),
            Some(' ') => Some(SignOption::Space),
            _ => None,
        };
        if parsed.sign.is_some() {
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            parsed.no_neg_0 = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            parsed.alternate = true;
            pos += 1;
        }
        // A leading '0' before the width means zero padding after the sign,
        // unless a fill character was given explicitly.
        if !fill_specified && chars.get(pos) == Some(&'0') {
            parsed.fill = '0';
            if !align_specified && default_align == Align::Right {
                parsed.align = Align::AfterSign;
            }
            pos += 1;
        }
        parsed.width = parse_count(&chars, &mut pos)?;
        if chars.get(pos) == Some(&',') {
            parsed.grouping = Grouping::Comma;
            pos += 1;
        }
        if chars.get(pos) == Some(&'_') {
            if parsed.grouping != Grouping::None {
                return Err(FormatError::value("Cannot specify both ',' and '_'."));
            }
            parsed.grouping = Grouping::Underscore;
            pos += 1;
        }
        if chars.get(pos) == Some(&',') && parsed.grouping == Grouping::Underscore {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            parsed.precision = parse_count(&chars, &mut pos)?;
            if parsed.precision.is_none() {
                return Err(FormatError::value("Format specifier missing precision"));
            }
        }
        match chars.len() - pos {
            0 => {}
            1 => parsed.ty = Some(chars[pos]),
            _ => {
                return Err(FormatError::value(format!(
                    "Invalid format specifier '{spec}' for object of type '{type_name}'"
                )))
            }
        }
        if let (Some(ty), Some(separator)) = (parsed.ty, parsed.grouping.separator()) {
            let allowed = match ty {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => true,
                'b' | 'o' | 'x' | 'X' => parsed.grouping == Grouping::Underscore,
                _ => false,
            };
            if !allowed {
                return Err(FormatError::value(format!(
                    "Cannot specify '{separator}' with '{}'.",
                    printable_code(ty)
                )));
            }
        }
        Ok(parsed)
    }

    /// The separator and group size for the integer part of a number.
    fn group_rule(&self) -> Option<(usize, char)> {
        match (self.grouping, self.ty) {
            (Grouping::None, _) => None,
            (Grouping::Comma, _) => Some((3, ',')),
            (Grouping::Underscore, Some('b' | 'o' | 'x' | 'X')) => Some((4, '_')),
            (Grouping::Underscore, _) => Some((3, '_')),
        }
    }
}

/// The pieces of a formatted number, before padding: `[sign][prefix]digits[.remainder]`.
pub(crate) struct NumberParts<'a> {
    pub negative: bool,
    /// `0x`, `0o`, `0b` (already in the final case), or empty.
    pub prefix: &'a str,
    /// The integer digits, which are grouped and zero-padded. May be empty
    /// (`inf`, `nan`, and `c` put everything in `remainder`).
    pub digits: &'a str,
    pub has_decimal_point: bool,
    /// Everything after the decimal point (or after the digits): fraction,
    /// exponent, `%`, `inf`, ...
    pub remainder: &'a str,
}

/// Inserts `rule`'s separators into ASCII `digits`, left-padding with zeros
/// (and separators between them) up to `min_width` characters, exactly as
/// CPython's `_PyUnicode_InsertThousandsGrouping` does.
fn group_digits(digits: &str, min_width: isize, rule: Option<(usize, char)>) -> String {
    let digits = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as isize;
    let mut end = digits.len();
    // Built right to left, then reversed.
    let mut reversed: Vec<u8> = Vec::with_capacity(digits.len() + digits.len() / 3 + 1);
    let mut emit = |len: isize, separator: Option<char>, remaining: isize| -> isize {
        let zeros = (len - remaining).max(0);
        let taken = remaining.min(len).max(0);
        if let Some(sep) = separator {
            reversed.push(sep as u8);
        }
        let start = end - taken as usize;
        reversed.extend(digits[start..end].iter().rev());
        end = start;
        reversed.extend(std::iter::repeat_n(b'0', zeros as usize));
        taken
    };
    match rule {
        Some((size, sep)) => {
            let mut first = true;
            loop {
                let len = (size as isize).min(remaining.max(min_width).max(1));
                let taken = emit(len, (!first).then_some(sep), remaining);
                first = false;
                remaining -= taken;
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
        None => {
            let len = remaining.max(min_width).max(1);
            emit(len, None, remaining);
        }
    }
    reversed.reverse();
    // Only ASCII digits, '0', ',' and '_' were pushed.
    String::from_utf8(reversed).expect("grouped digits are ASCII")
}

fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat_n(fill, count));
}

/// Lays out a number in the field described by `spec`: sign, prefix,
/// grouping, zero padding (`0` / `=`) and alignment. `upper` upper-cases the
/// prefix and digits (for `X`).
pub(crate) fn render_number(spec: &Spec, parts: &NumberParts, upper: bool) -> String {
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some(SignOption::Plus), false) => Some('+'),
        (Some(SignOption::Space), false) => Some(' '),
        _ => None,
    };
    let width = spec.width.map_or(-1, |w| w as isize);
    let decimal_len = usize::from(parts.has_decimal_point);
    let fixed_len = usize::from(sign.is_some())
        + parts.prefix.len()
        + decimal_len
        + parts.remainder.chars().count();
    let min_width = if spec.fill == '0' && spec.align == Align::AfterSign {
        width - fixed_len as isize
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, spec.group_rule())
    };
    let padding = (width - (fixed_len + grouped.len()) as isize).max(0) as usize;
    let (left, inner, right) = match spec.align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    let mut out = String::with_capacity(fixed_len + grouped.len() + padding);
    push_fill(&mut out, spec.fill, left);
    out.extend(sign);
    out.push_str(parts.prefix);
    push_fill(&mut out, spec.fill, inner);
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if parts.has_decimal_point {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, spec.fill, right);
    out
}

/// Pads `text` (already truncated) to `width` with `fill`, CPython's
/// `calc_padding`: `=` behaves like `<` here.
pub(crate) fn pad(
    text: &str,
    text_len: usize,
    width: Option<usize>,
    align: Align,
    fill: char,
) -> String {
    let total = width.map_or(text_len, |w| w.max(text_len));
    let margin = total - text_len;
    let left = match align {
        Align::Right => margin,
        Align::Center => margin / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let mut out = String::with_capacity(text.len() + margin * fill.len_utf8());
    push_fill(&mut out, fill, left);
    out.push_str(text);
    push_fill(&mut out, fill, margin - left);
    out
}
