//! Python's `str` methods as pure functions over `&str`, with CPython 3.11's
//! semantics: indexes count code points and are clamped like slices,
//! whitespace and character classes follow CPython's Unicode tables, and
//! `str_repr` picks quotes and escapes exactly like `repr(str)`.
//!
//! This module knows nothing about VM values; the interpreter converts
//! arguments (`None` start/end become `None`, tuples of prefixes become
//! repeated calls) and raises the returned errors.

mod tables;

use crate::runtime::format::FormatError;

// ---------------------------------------------------------------------------
// Code point indexing
// ---------------------------------------------------------------------------

/// The length in code points (`len(s)`); O(1) for ASCII strings.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The byte offset of code point `index`, or `s.len()` when `index` is at or
/// past the end. O(1) for ASCII strings.
pub fn byte_offset(s: &str, index: usize) -> usize {
    if s.is_ascii() {
        return index.min(s.len());
    }
    s.char_indices()
        .nth(index)
        .map_or(s.len(), |(offset, _)| offset)
}

/// The code point index of byte offset `offset` (a char boundary).
pub fn char_index(s: &str, offset: usize) -> usize {
    if s.is_ascii() {
        offset
    } else {
        s[..offset].chars().count()
    }
}

/// The code point at `index` (`s[index]` for a non-negative index).
pub fn char_at(s: &str, index: usize) -> Option<char> {
    if s.is_ascii() {
        s.as_bytes().get(index).map(|&b| b as char)
    } else {
        s.chars().nth(index)
    }
}

/// CPython's `ADJUST_INDICES` for the optional `start`/`end` of `find`,
/// `count`, `startswith`, ...: negative values count from the end and are
/// clamped at 0, `end` is clamped at `len`. `start` may still exceed `end`
/// or `len`; callers treat that as an empty range.
pub fn adjust_indices(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let len = len as i64;
    let end = match end {
        None => len,
        Some(e) if e > len => len,
        Some(e) if e < 0 => (e + len).max(0),
        Some(e) => e,
    };
    let start = match start {
        None => 0,
        Some(s) if s < 0 => (s + len).max(0),
        Some(s) => s,
    };
    (start as usize, end as usize)
}

/// The byte range of code points `start..end`, already adjusted and with
/// `start <= end <= len`.
fn byte_range(s: &str, start: usize, end: usize) -> (usize, usize) {
    if s.is_ascii() {
        return (start, end);
    }
    let begin = byte_offset(s, start);
    (begin, begin + byte_offset(&s[begin..], end - start))
}

/// The substring `s[start:end]` for the optional bounds, or `None` when the
/// adjusted range is shorter than `min_len` code points (CPython then
/// reports "not found" without searching, even for an empty needle).
/// `ascii` says whether `s` is ASCII (then code point and byte indices agree and
/// nothing scans `s`; a Python str object knows this without looking).
fn search_window(
    s: &str,
    ascii: bool,
    start: Option<i64>,
    end: Option<i64>,
    min_len: usize,
) -> Option<(&str, usize)> {
    let len = if ascii { s.len() } else { char_len(s) };
    let (start, end) = adjust_indices(len, start, end);
    if end < start || end - start < min_len {
        return None;
    }
    let (begin, finish) = if ascii {
        (start, end)
    } else {
        byte_range(s, start, end)
    };
    Some((&s[begin..finish], start))
}

/// The code point index of byte `offset` in `window`.
fn index_in(window: &str, ascii: bool, offset: usize) -> usize {
    if ascii {
        offset
    } else {
        char_index(window, offset)
    }
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// `s.find(sub, start, end)`: the code point index of the first occurrence,
/// or `None` (Python's -1; `index` raises "substring not found").
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    find_in(s, s.is_ascii(), sub, start, end)
}

/// [`find`] for a haystack whose ASCII-ness the caller knows: O(1) index
/// conversions, so a search loop over a long ASCII string stays linear.
pub fn find_in(
    s: &str,
    ascii: bool,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<usize> {
    let (window, first) = search_window(s, ascii, start, end, char_len(sub))?;
    window
        .find(sub)
        .map(|offset| first + index_in(window, ascii, offset))
}

/// `s.rfind(sub, start, end)`: like [`find`], from the right.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<usize> {
    rfind_in(s, s.is_ascii(), sub, start, end)
}

/// [`rfind`] for a haystack whose ASCII-ness the caller knows.
pub fn rfind_in(
    s: &str,
    ascii: bool,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<usize> {
    let (window, first) = search_window(s, ascii, start, end, char_len(sub))?;
    window
        .rfind(sub)
        .map(|offset| first + index_in(window, ascii, offset))
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub`
/// matches between every pair of code points and at both ends.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    count_in(s, s.is_ascii(), sub, start, end)
}

/// [`count`] for a haystack whose ASCII-ness the caller knows.
pub fn count_in(s: &str, ascii: bool, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    match search_window(s, ascii, start, end, char_len(sub)) {
        None => 0,
        Some((window, _)) if sub.is_empty() => {
            (if ascii {
                window.len()
            } else {
                char_len(window)
            }) + 1
        }
        Some((window, _)) => window.matches(sub).count(),
    }
}

/// `s.startswith(prefix, start, end)` for one prefix.
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    search_window(s, s.is_ascii(), start, end, char_len(prefix))
        .is_some_and(|(window, _)| window.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    search_window(s, s.is_ascii(), start, end, char_len(suffix))
        .is_some_and(|(window, _)| window.ends_with(suffix))
}

// ---------------------------------------------------------------------------
// Splitting, stripping, replacing
// ---------------------------------------------------------------------------

/// `maxsplit` as a count; negative means unlimited.
fn split_limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

fn empty_separator() -> FormatError {
    FormatError::new(
        crate::runtime::format::FormatErrorKind::ValueError,
        "empty separator",
    )
}

/// `s.split(sep, maxsplit)`. With `sep = None`, runs of whitespace separate
/// and leading/trailing whitespace yields no empty strings; with a
/// separator, every occurrence splits. ValueError "empty separator" for `""`.
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, FormatError> {
    let limit = split_limit(maxsplit);
    match sep {
        Some("") => Err(empty_separator()),
        // One ASCII character: a byte search, much faster than a substring search.
        Some(sep) if sep.len() == 1 => Ok(s
            .splitn(limit.saturating_add(1), sep.as_bytes()[0] as char)
            .map(str::to_owned)
            .collect()),
        Some(sep) => Ok(s
            .splitn(limit.saturating_add(1), sep)
            .map(str::to_owned)
            .collect()),
        None => {
            let mut parts = Vec::new();
            let mut rest = s.trim_start_matches(is_space);
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest.to_owned());
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                parts.push(rest[..end].to_owned());
                rest = rest[end..].trim_start_matches(is_space);
            }
            Ok(parts)
        }
    }
}

/// `s.rsplit(sep, maxsplit)`: like [`split`], splitting from the right.
pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, FormatError> {
    let limit = split_limit(maxsplit);
    let mut parts: Vec<String> = match sep {
        Some("") => return Err(empty_separator()),
        Some(sep) => s
            .rsplitn(limit.saturating_add(1), sep)
            .map(str::to_owned)
            .collect(),
        None => {
            let mut parts = Vec::new();
            let mut rest = s.trim_end_matches(is_space);
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest.to_owned());
                    break;
                }
                let start = rest.rfind(is_space).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(0, char::len_utf8)
                });
                parts.push(rest[start..].to_owned());
                rest = rest[..start].trim_end_matches(is_space);
            }
            parts
        }
    };
    parts.reverse();
    Ok(parts)
}

/// `s.strip(chars)`: removes leading and trailing code points in `chars`,
/// or whitespace when `chars` is `None`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `s.replace(old, new, count)`: the first `count` occurrences (all when
/// negative). An empty `old` matches before every code point and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    match usize::try_from(count) {
        Ok(count) => s.replacen(old, new, count),
        Err(_) => s.replace(old, new),
    }
}

// ---------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------

fn padded(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// How many fill characters reach `width`, if any.
fn margin(s: &str, width: i64) -> Option<usize> {
    let len = char_len(s) as i64;
    (width > len).then(|| (width - len) as usize)
}

/// `s.center(width, fill)`, with CPython's choice of which side gets the
/// odd fill character.
pub fn center(s: &str, width: i64, fill: char) -> String {
    match margin(s, width) {
        None => s.to_owned(),
        Some(marg) => {
            let left = marg / 2 + (marg & width as usize & 1);
            padded(s, left, marg - left, fill)
        }
    }
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> String {
    padded(s, 0, margin(s, width).unwrap_or(0), fill)
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> String {
    padded(s, margin(s, width).unwrap_or(0), 0, fill)
}

/// `s.zfill(width)`: zeros on the left, after a leading `+` or `-`.
pub fn zfill(s: &str, width: i64) -> String {
    let Some(zeros) = margin(s, width) else {
        return s.to_owned();
    };
    let (sign, digits) = match s.strip_prefix(['+', '-']) {
        Some(rest) => (&s[..1], rest),
        None => ("", s),
    };
    let mut out = String::with_capacity(s.len() + zeros);
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(digits);
    out
}

// ---------------------------------------------------------------------------
// Character classes and case
// ---------------------------------------------------------------------------

/// Whether `c` lies in one of `table`'s inclusive ranges.
fn in_table(table: &[u32], c: char) -> bool {
    let c = c as u32;
    // Index of the first range bound greater than c: odd means inside a range.
    let bound = table.partition_point(|&b| b < c);
    bound % 2 == 1 || table.get(bound) == Some(&c)
}

/// CPython's whitespace (`Py_UNICODE_ISSPACE`): category Zs or bidirectional
/// class WS, B or S. Includes U+001C..U+001F, which Rust's `is_whitespace` lacks.
pub fn is_space(c: char) -> bool {
    match c {
        '\t'..='\r' | '\x1c'..='\x20' | '\u{85}' | '\u{a0}' => true,
        _ if c.is_ascii() => false,
        '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' => true,
        '\u{205f}' | '\u{3000}' => true,
        _ => false,
    }
}

/// `c.isalpha()`: a letter (categories L*).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(tables::ALPHA, c)
    }
}

/// `c.isdigit()`: a decimal or other digit (`'²'` counts).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(tables::DIGIT, c)
    }
}

/// `c.isprintable()`: not a control, format, surrogate, private-use,
/// unassigned or separator code point, except the space.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_table(tables::PRINTABLE, c)
    }
}

fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_table(tables::TITLECASE, c)
}

fn all_nonempty(s: &str, predicate: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(predicate)
}

/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isupper()`: at least one cased character and no lowercase or
/// titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// `s.islower()`: at least one cased character and no uppercase or
/// titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

/// `s.upper()` with full case mappings (`'ß'` becomes `"SS"`).
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_uppercase()
    } else {
        s.to_uppercase()
    }
}

/// `s.lower()` with full case mappings, including final sigma.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

// ---------------------------------------------------------------------------
// repr
// ---------------------------------------------------------------------------

fn push_hex_escape(out: &mut String, c: char) {
    let code = c as u32;
    let text = if code <= 0xff {
        format!("\\x{code:02x}")
    } else if code <= 0xffff {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    };
    out.push_str(&text);
}

/// `repr(s)`: single quotes unless `s` contains `'` but no `"`; escapes
/// backslash, the quote, `\t \n \r`, other controls as `\xhh`, and
/// non-printable non-ASCII as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`. Printable
/// non-ASCII characters are kept.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if is_printable(c) => out.push(c),
            _ => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `ascii()` of an object given its `repr`: every non-ASCII code point
/// becomes `\xhh`, `\uhhhh` or `\Uhhhhhhhh` (CPython's backslashreplace).
pub fn ascii_escape(repr: &str) -> String {
    if repr.is_ascii() {
        return repr.to_owned();
    }
    let mut out = String::with_capacity(repr.len() + 8);
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c);
        }
    }
    out
}

#[cfg(test)]
mod tests;
