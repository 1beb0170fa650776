//! A small table of Unicode character names for `\N{NAME}` escapes.
//!
//! The full Unicode name database is large; Krait knows the names programs commonly
//! use (ASCII letters and digits, Greek letters, frequent symbols). Other names are
//! reported as unsupported rather than guessed.

const GREEK: &[&str] = &[
    "ALPHA",
    "BETA",
    "GAMMA",
    "DELTA",
    "EPSILON",
    "ZETA",
    "ETA",
    "THETA",
    "IOTA",
    "KAPPA",
    "LAMDA",
    "MU",
    "NU",
    "XI",
    "OMICRON",
    "PI",
    "RHO",
    "FINAL SIGMA",
    "SIGMA",
    "TAU",
    "UPSILON",
    "PHI",
    "CHI",
    "PSI",
    "OMEGA",
];

const DIGITS: &[&str] = &[
    "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
];

/// Named characters outside the letter and digit families.
const SYMBOLS: &[(&str, char)] = &[
    ("SPACE", '\u{20}'),
    ("NO-BREAK SPACE", '\u{a0}'),
    ("EN DASH", '\u{2013}'),
    ("EM DASH", '\u{2014}'),
    ("BULLET", '\u{2022}'),
    ("DEGREE SIGN", '\u{b0}'),
    ("HORIZONTAL ELLIPSIS", '\u{2026}'),
    ("COPYRIGHT SIGN", '\u{a9}'),
    ("REGISTERED SIGN", '\u{ae}'),
    ("EURO SIGN", '\u{20ac}'),
    ("POUND SIGN", '\u{a3}'),
    ("YEN SIGN", '\u{a5}'),
    ("CENT SIGN", '\u{a2}'),
    ("MICRO SIGN", '\u{b5}'),
    ("MULTIPLICATION SIGN", '\u{d7}'),
    ("DIVISION SIGN", '\u{f7}'),
    ("PLUS-MINUS SIGN", '\u{b1}'),
    ("INFINITY", '\u{221e}'),
    ("RIGHTWARDS ARROW", '\u{2192}'),
    ("LEFTWARDS ARROW", '\u{2190}'),
    ("UPWARDS ARROW", '\u{2191}'),
    ("DOWNWARDS ARROW", '\u{2193}'),
    ("CHECK MARK", '\u{2713}'),
    ("HEAVY CHECK MARK", '\u{2714}'),
    ("BALLOT X", '\u{2717}'),
    ("BLACK STAR", '\u{2605}'),
    ("WHITE STAR", '\u{2606}'),
    ("SNOWMAN", '\u{2603}'),
    ("BLACK HEART SUIT", '\u{2665}'),
    ("GRINNING FACE", '\u{1f600}'),
    ("PILE OF POO", '\u{1f4a9}'),
    ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{ab}'),
    ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", '\u{bb}'),
    ("LEFT DOUBLE QUOTATION MARK", '\u{201c}'),
    ("RIGHT DOUBLE QUOTATION MARK", '\u{201d}'),
    ("LEFT SINGLE QUOTATION MARK", '\u{2018}'),
    ("RIGHT SINGLE QUOTATION MARK", '\u{2019}'),
    ("SECTION SIGN", '\u{a7}'),
    ("PILCROW SIGN", '\u{b6}'),
    ("NOT EQUAL TO", '\u{2260}'),
    ("LESS-THAN OR EQUAL TO", '\u{2264}'),
    ("GREATER-THAN OR EQUAL TO", '\u{2265}'),
    ("SQUARE ROOT", '\u{221a}'),
    ("N-ARY SUMMATION", '\u{2211}'),
    ("INCREMENT", '\u{2206}'),
    ("LATIN SMALL LETTER E WITH ACUTE", '\u{e9}'),
    ("LATIN SMALL LETTER SHARP S", '\u{df}'),
    ("LATIN SMALL LETTER N WITH TILDE", '\u{f1}'),
    ("LATIN SMALL LETTER U WITH DIAERESIS", '\u{fc}'),
    ("LATIN SMALL LETTER O WITH DIAERESIS", '\u{f6}'),
    ("LATIN SMALL LETTER A WITH DIAERESIS", '\u{e4}'),
    ("ZERO WIDTH SPACE", '\u{200b}'),
    ("BOX DRAWINGS LIGHT HORIZONTAL", '\u{2500}'),
    ("BOX DRAWINGS LIGHT VERTICAL", '\u{2502}'),
    ("FULL BLOCK", '\u{2588}'),
    ("LIGHT SHADE", '\u{2591}'),
    ("MEDIUM SHADE", '\u{2592}'),
    ("DARK SHADE", '\u{2593}'),
    ("NULL", '\u{0}'),
    ("LINE FEED", '\u{a}'),
    ("CARRIAGE RETURN", '\u{d}'),
    ("CHARACTER TABULATION", '\u{9}'),
    ("ESCAPE", '\u{1b}'),
    ("DELETE", '\u{7f}'),
    ("REPLACEMENT CHARACTER", '\u{fffd}'),
];

/// The character with Unicode name `name` (case-insensitive), if Krait knows it.
pub(super) fn lookup(name: &str) -> Option<char> {
    let name = name.to_ascii_uppercase();
    let offset_char = |base: u32, index: usize| char::from_u32(base + index as u32);
    if let Some(letter) = name.strip_prefix("LATIN SMALL LETTER ") {
        return single_letter(letter).map(|c| c.to_ascii_lowercase());
    }
    if let Some(letter) = name.strip_prefix("LATIN CAPITAL LETTER ") {
        return single_letter(letter);
    }
    if let Some(letter) = name.strip_prefix("GREEK SMALL LETTER ") {
        return GREEK
            .iter()
            .position(|g| *g == letter)
            .and_then(|i| offset_char(0x3b1, i));
    }
    if let Some(letter) = name.strip_prefix("GREEK CAPITAL LETTER ") {
        // There is no capital final sigma; its code point is unassigned.
        return GREEK
            .iter()
            .position(|g| *g == letter && letter != "FINAL SIGMA")
            .and_then(|i| offset_char(0x391, i));
    }
    if let Some(digit) = name.strip_prefix("DIGIT ") {
        return DIGITS
            .iter()
            .position(|d| *d == digit)
            .and_then(|i| offset_char(0x30, i));
    }
    SYMBOLS.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
}

fn single_letter(s: &str) -> Option<char> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_uppercase() => Some(c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::lookup;

    #[test]
    fn names() {
        assert_eq!(lookup("GREEK SMALL LETTER ALPHA"), Some('α'));
        assert_eq!(lookup("greek capital letter omega"), Some('Ω'));
        assert_eq!(lookup("GREEK CAPITAL LETTER FINAL SIGMA"), None);
        assert_eq!(lookup("LATIN SMALL LETTER Q"), Some('q'));
        assert_eq!(lookup("DIGIT SEVEN"), Some('7'));
        assert_eq!(lookup("EM DASH"), Some('—'));
        assert_eq!(lookup("NO SUCH NAME"), None);
    }
}
