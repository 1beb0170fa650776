//! The tokenizer: source text to a flat list of tokens, including the `INDENT`,
//! `DEDENT` and `NEWLINE` tokens that carry Python's block structure.
//!
//! The whole file is tokenized up front, in one linear pass. A tokenizing error does
//! not abort: it becomes a final [`Tok::Error`] token, so the parser reports it only
//! when it gets there — or earlier, in place of a generic "invalid syntax", which is
//! the order in which CPython reports the two kinds of error.
//!
//! f-strings are tokenized like ordinary strings (as CPython 3.11 does); their
//! fields are split out and parsed later by `fstring.rs`.

use super::ast::Span;
use super::{ParseError, ParseErrorKind};
use num_bigint::BigInt;

/// More open brackets than this is an error, as in CPython (`MAXLEVEL`).
const MAX_BRACKET_DEPTH: usize = 200;

/// CPython's tokenizer refuses a 100th level of indentation (`MAXINDENT`); the
/// indent stack holds the outermost level (column 0) too.
const MAX_INDENT: usize = 100;

/// CPython refuses decimal int literals longer than this (`sys.get_int_max_str_digits`);
/// the limit also keeps big-number conversion from being quadratic in the input.
const MAX_DECIMAL_DIGITS: usize = 4300;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Operators and delimiters, longest first so that matching is greedy.
const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|",
    "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
];

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Tok {
    /// An identifier (including the soft keyword `match`).
    Name(String),
    /// A hard keyword, as spelled in [`KEYWORDS`].
    Kw(&'static str),
    /// An operator or delimiter, as spelled in [`OPERATORS`].
    Op(&'static str),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    /// An imaginary literal (`1j`): valid Python, outside Krait's subset.
    Imaginary,
    Str(StrLit),
    Newline,
    Indent,
    Dedent,
    Eof,
    /// A tokenizing error; always the last token.
    Error(ParseError),
}

/// One string literal token, before adjacent literals are concatenated.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum StrLit {
    /// A plain string with its escapes already decoded.
    Plain(String),
    /// A bytes literal: valid Python, outside Krait's subset.
    Bytes,
    /// An f-string: the undecoded text between the quotes and where it starts.
    Format {
        body: String,
        raw: bool,
        start: Span,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub(super) struct Token {
    pub tok: Tok,
    pub span: Span,
}

pub(super) fn error(kind: ParseErrorKind, message: impl Into<String>, at: Span) -> ParseError {
    ParseError {
        kind,
        message: message.into(),
        line: at.line,
        col: at.col,
    }
}

pub(super) fn syntax_error(message: impl Into<String>, at: Span) -> ParseError {
    error(ParseErrorKind::Syntax, message, at)
}

/// Tokenizes a whole file. The result always ends with `Eof` or `Error`.
pub(super) fn tokenize(src: &str) -> Vec<Token> {
    Lexer::new(src, Span { line: 1, col: 0 }, false).run()
}

/// Tokenizes the expression of an f-string field, which starts at `start` in the file.
/// Inside a field, as inside brackets, newlines and indentation mean nothing.
pub(super) fn tokenize_field(src: &str, start: Span) -> Vec<Token> {
    Lexer::new(src, start, true).run()
}

/// Whether a tokenizing error later in the file replaces `parser_error`, as CPython
/// does after a parse fails: it tokenizes the rest of the file, and an error raised
/// there wins — except a stray character (which the tokenizer does not raise), and an
/// unclosed bracket only when it opened before the line of the parse error.
pub(super) fn overrides(lex_error: &ParseError, parser_error: &ParseError) -> bool {
    if lex_error.message.ends_with("was never closed") {
        parser_error.line > lex_error.line
    } else {
        lex_error.message != "invalid syntax"
    }
}

/// Whether `c` can start an identifier: `_` or a character of Unicode's XID_Start
/// class (PEP 3131; CPython's `_PyUnicode_ScanIdentifier`).
pub fn is_id_start(c: char) -> bool {
    c == '_' || unicode_ident::is_xid_start(c)
}

/// Whether `c` can continue an identifier: a character of XID_Continue (letters,
/// digits, `_`, combining marks; not `²`, which is a number but not a digit).
pub fn is_id_continue(c: char) -> bool {
    unicode_ident::is_xid_continue(c)
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    line: u32,
    col: u32,
    /// Open brackets with their positions, innermost last.
    brackets: Vec<(char, Span)>,
    /// Indentation levels: (column with tabs to multiples of 8, column with tabs as 1).
    indents: Vec<(u32, u32)>,
    /// Lexing an f-string field: no NEWLINE, INDENT or DEDENT tokens.
    field: bool,
    tokens: Vec<Token>,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str, start: Span, field: bool) -> Self {
        Lexer {
            src,
            pos: 0,
            line: start.line,
            col: start.col,
            brackets: Vec::new(),
            indents: vec![(0, 0)],
            field,
            tokens: Vec::new(),
        }
    }

    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.src[self.pos..].chars().nth(n)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.col = 0;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn here(&self) -> Span {
        Span {
            line: self.line,
            col: self.col,
        }
    }

    fn push(&mut self, tok: Tok, span: Span) {
        self.tokens.push(Token { tok, span });
    }

    fn run(mut self) -> Vec<Token> {
        if let Err(e) = self.lex_all() {
            let at = Span {
                line: e.line,
                col: e.col,
            };
            self.push(Tok::Error(e), at);
        }
        self.tokens
    }

    fn lex_all(&mut self) -> Result<(), ParseError> {
        let mut at_line_start = !self.field;
        loop {
            if at_line_start {
                at_line_start = false;
                if !self.indentation()? {
                    break;
                }
            }
            match self.peek() {
                None => break,
                Some(' ' | '\t' | '\x0c') => {
                    self.bump();
                }
                Some('#') => self.skip_comment(),
                Some('\\') => {
                    let at = self.here();
                    self.bump();
                    match self.bump() {
                        Some('\n') => {}
                        None => return Err(syntax_error("unexpected EOF while parsing", at)),
                        Some(_) => {
                            return Err(syntax_error(
                                "unexpected character after line continuation character",
                                Span {
                                    col: at.col + 1,
                                    ..at
                                },
                            ))
                        }
                    }
                }
                Some('\n') => {
                    let at = self.here();
                    self.bump();
                    if self.brackets.is_empty() && !self.field {
                        self.push(Tok::Newline, at);
                        at_line_start = true;
                    }
                }
                Some(c) => self.token(c)?,
            }
        }
        self.finish()
    }

    /// Handles the start of a line: skips blank and comment-only lines and emits
    /// INDENT/DEDENT tokens. Returns false at end of input.
    fn indentation(&mut self) -> Result<bool, ParseError> {
        loop {
            let (mut width, mut alt) = (0u32, 0u32);
            loop {
                match self.peek() {
                    Some(' ') => {
                        width += 1;
                        alt += 1;
                    }
                    Some('\t') => {
                        width = (width / 8 + 1) * 8;
                        alt += 1;
                    }
                    Some('\x0c') => {
                        width = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                self.bump();
            }
            match self.peek() {
                None => return Ok(false),
                Some('#') => self.skip_comment(),
                Some('\n') => {}
                _ => {
                    self.indent_to(width, alt)?;
                    return Ok(true);
                }
            }
            if self.bump().is_none() {
                return Ok(false);
            }
        }
    }

    fn indent_to(&mut self, width: u32, alt: u32) -> Result<(), ParseError> {
        let tab_error = |at| {
            error(
                ParseErrorKind::Tab,
                "inconsistent use of tabs and spaces in indentation",
                at,
            )
        };
        let at = self.here();
        let &(top, top_alt) = self
            .indents
            .last()
            .expect("the indent stack is never empty");
        if width > top {
            if alt <= top_alt {
                return Err(tab_error(at));
            }
            if self.indents.len() >= MAX_INDENT {
                return Err(error(
                    ParseErrorKind::Indentation,
                    "too many levels of indentation",
                    at,
                ));
            }
            self.indents.push((width, alt));
            // CPython puts the caret of "unexpected indent" on the last indenting character.
            self.push(
                Tok::Indent,
                Span {
                    line: at.line,
                    col: at.col.saturating_sub(1),
                },
            );
            return Ok(());
        }
        while width < self.indents.last().map_or(0, |l| l.0) {
            self.indents.pop();
            self.push(Tok::Dedent, at);
        }
        let &(top, top_alt) = self
            .indents
            .last()
            .expect("the indent stack is never empty");
        if width != top {
            return Err(error(
                ParseErrorKind::Indentation,
                "unindent does not match any outer indentation level",
                Span {
                    line: at.line,
                    col: at.col + 1,
                },
            ));
        }
        if alt != top_alt {
            return Err(tab_error(at));
        }
        Ok(())
    }

    fn skip_comment(&mut self) {
        while self.peek().is_some_and(|c| c != '\n') {
            self.bump();
        }
    }

    fn finish(&mut self) -> Result<(), ParseError> {
        if let Some(&(open, at)) = self.brackets.last() {
            return Err(syntax_error(format!("'{open}' was never closed"), at));
        }
        // CPython reports end-of-file errors on the last line, not the empty one after it.
        let mut at = self.here();
        if at.col == 0 && at.line > 1 && !self.field {
            at.line -= 1;
        }
        if !self.field {
            if !matches!(
                self.tokens.last(),
                None | Some(Token {
                    tok: Tok::Newline,
                    ..
                })
            ) {
                self.push(Tok::Newline, at);
            }
            for _ in 1..self.indents.len() {
                self.push(Tok::Dedent, at);
            }
        }
        self.push(Tok::Eof, at);
        Ok(())
    }

    /// Lexes one token starting with `c` (not whitespace, a comment or a newline).
    fn token(&mut self, c: char) -> Result<(), ParseError> {
        let at = self.here();
        if c.is_ascii_digit() || (c == '.' && self.peek_at(1).is_some_and(|d| d.is_ascii_digit())) {
            let tok = self.number()?;
            self.push(tok, at);
        } else if is_id_start(c) {
            let start = self.pos;
            while self.peek().is_some_and(is_id_continue) {
                self.bump();
            }
            let word = &self.src[start..self.pos];
            let is_prefix = matches!(
                word.to_ascii_lowercase().as_str(),
                "r" | "u" | "f" | "b" | "br" | "rb" | "fr" | "rf"
            );
            if is_prefix && matches!(self.peek(), Some('"' | '\'')) {
                let prefix = word.to_ascii_lowercase();
                let tok = self.string(&prefix, at)?;
                self.push(tok, at);
            } else if let Some(kw) = KEYWORDS.iter().find(|k| **k == word) {
                self.push(Tok::Kw(kw), at);
            } else {
                self.push(Tok::Name(word.to_string()), at);
            }
        } else if c == '"' || c == '\'' {
            let tok = self.string("", at)?;
            self.push(tok, at);
        } else if let Some(op) = OPERATORS
            .iter()
            .find(|op| self.src[self.pos..].starts_with(**op))
        {
            for _ in 0..op.len() {
                self.bump();
            }
            self.bracket(op, at)?;
            self.push(Tok::Op(op), at);
        } else if c.is_ascii() {
            return Err(syntax_error("invalid syntax", at));
        } else if c.is_control() || c.is_whitespace() {
            return Err(syntax_error(
                format!("invalid non-printable character U+{:04X}", c as u32),
                at,
            ));
        } else {
            return Err(syntax_error(
                format!("invalid character '{c}' (U+{:04X})", c as u32),
                at,
            ));
        }
        Ok(())
    }

    /// Tracks bracket nesting for implicit line joining and bracket errors.
    fn bracket(&mut self, op: &str, at: Span) -> Result<(), ParseError> {
        let c = op.chars().next().unwrap_or(' ');
        match c {
            '(' | '[' | '{' => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(syntax_error("too many nested parentheses", at));
                }
                self.brackets.push((c, at));
            }
            ')' | ']' | '}' => {
                let Some((open, open_at)) = self.brackets.pop() else {
                    return Err(syntax_error(format!("unmatched '{c}'"), at));
                };
                let expected = match open {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if c != expected {
                    let mut message = format!(
                        "closing parenthesis '{c}' does not match opening parenthesis '{open}'"
                    );
                    if open_at.line != at.line {
                        message += &format!(" on line {}", open_at.line);
                    }
                    return Err(syntax_error(message, at));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Reads digits of `radix`, allowing single underscores between digits.
    fn digits(&mut self, radix: u32, kind: &str) -> Result<String, ParseError> {
        let mut digits = String::new();
        loop {
            match self.peek() {
                Some(c) if c.is_digit(radix) => {
                    digits.push(c);
                    self.bump();
                }
                Some('_') if !digits.is_empty() => {
                    if !self.peek_at(1).is_some_and(|d| d.is_digit(radix)) {
                        return Err(syntax_error(format!("invalid {kind} literal"), self.here()));
                    }
                    self.bump();
                }
                _ => return Ok(digits),
            }
        }
    }

    fn number(&mut self) -> Result<Tok, ParseError> {
        let at = self.here();
        let radix_kind = match (self.peek(), self.peek_at(1)) {
            (Some('0'), Some('x' | 'X')) => Some((16, "hexadecimal")),
            (Some('0'), Some('o' | 'O')) => Some((8, "octal")),
            (Some('0'), Some('b' | 'B')) => Some((2, "binary")),
            _ => None,
        };
        if let Some((radix, kind)) = radix_kind {
            self.bump();
            self.bump();
            if self.peek() == Some('_') {
                self.bump();
            }
            let digits = self.digits(radix, kind)?;
            if let Some(c) = self.peek().filter(|c| c.is_ascii_digit()) {
                return Err(syntax_error(
                    format!("invalid digit '{c}' in {kind} literal"),
                    self.here(),
                ));
            }
            if digits.is_empty() {
                let col = self.col.saturating_sub(1);
                return Err(syntax_error(
                    format!("invalid {kind} literal"),
                    Span { col, ..at },
                ));
            }
            self.end_of_number(kind, at)?;
            return Ok(int_token(&digits, radix));
        }
        let int_part = self.digits(10, "decimal")?;
        let mut text = int_part.clone();
        let mut is_float = false;
        if self.peek() == Some('.') {
            self.bump();
            is_float = true;
            text.push('.');
            text += &self.digits(10, "decimal")?;
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            let exponent_follows = match self.peek_at(1) {
                Some('+' | '-') => self.peek_at(2).is_some_and(|c| c.is_ascii_digit()),
                c => c.is_some_and(|c| c.is_ascii_digit()),
            };
            if exponent_follows {
                is_float = true;
                self.bump();
                text.push('e');
                if let Some(sign @ ('+' | '-')) = self.peek() {
                    self.bump();
                    text.push(sign);
                }
                text += &self.digits(10, "decimal")?;
            }
        }
        if matches!(self.peek(), Some('j' | 'J')) {
            self.bump();
            self.end_of_number("imaginary", at)?;
            return Ok(Tok::Imaginary);
        }
        if !is_float && int_part.starts_with('0') && int_part.bytes().any(|b| b != b'0') {
            return Err(syntax_error(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
                at,
            ));
        }
        self.end_of_number("decimal", at)?;
        if is_float {
            // The text is digits, '.', 'e' and a sign only, which `f64` always parses.
            return Ok(Tok::Float(text.parse().unwrap_or(f64::NAN)));
        }
        if int_part.len() > MAX_DECIMAL_DIGITS {
            return Err(syntax_error(
                format!(
                    "Exceeds the limit ({MAX_DECIMAL_DIGITS} digits) for integer string \
                     conversion: value has {} digits; use sys.set_int_max_str_digits() to \
                     increase the limit - Consider hexadecimal for huge integer literals to \
                     avoid decimal conversion limits.",
                    int_part.len()
                ),
                Span {
                    line: at.line,
                    col: 0,
                },
            ));
        }
        Ok(int_token(&int_part, 10))
    }

    /// A number may not run into a name (`1a`), except a keyword (`1if x else 2`),
    /// which CPython accepts.
    fn end_of_number(&self, kind: &str, at: Span) -> Result<(), ParseError> {
        if !self.peek().is_some_and(is_id_continue) {
            return Ok(());
        }
        let rest = &self.src[self.pos..];
        let keyword_follows = ["and", "else", "for", "if", "in", "is", "not", "or"]
            .iter()
            .any(|kw| rest.starts_with(kw));
        if keyword_follows {
            return Ok(());
        }
        Err(syntax_error(format!("invalid {kind} literal"), at))
    }

    /// Lexes a string literal whose (lowercased) prefix has been consumed.
    fn string(&mut self, prefix: &str, at: Span) -> Result<Tok, ParseError> {
        let quote = self.bump().unwrap_or('"');
        let triple = self.peek() == Some(quote) && self.peek_at(1) == Some(quote);
        if triple {
            self.bump();
            self.bump();
        }
        let body_span = self.here();
        let body_start = self.pos;
        let body_end = loop {
            let end = self.pos;
            match self.bump() {
                None => {
                    // The empty "line" after a final newline does not count.
                    let line = self.line - u32::from(self.src.ends_with('\n'));
                    return Err(if triple {
                        syntax_error(
                            format!("unterminated triple-quoted string literal (detected at line {line})"),
                            at,
                        )
                    } else {
                        unterminated(at, line)
                    });
                }
                Some('\n') if !triple => return Err(unterminated(at, self.line - 1)),
                Some('\\') => {
                    if self.bump().is_none() {
                        return Err(unterminated(at, self.line));
                    }
                }
                Some(c) if c == quote => {
                    if !triple {
                        break end;
                    }
                    if self.peek() == Some(quote) && self.peek_at(1) == Some(quote) {
                        self.bump();
                        self.bump();
                        break end;
                    }
                }
                Some(_) => {}
            }
        };
        let body = &self.src[body_start..body_end];
        let raw = prefix.contains('r');
        let lit = if prefix.contains('b') {
            StrLit::Bytes
        } else if prefix.contains('f') {
            StrLit::Format {
                body: body.to_string(),
                raw,
                start: body_span,
            }
        } else if raw {
            StrLit::Plain(body.to_string())
        } else {
            StrLit::Plain(decode_escapes(body, at)?)
        };
        Ok(Tok::Str(lit))
    }
}

fn unterminated(at: Span, line: u32) -> ParseError {
    syntax_error(
        format!("unterminated string literal (detected at line {line})"),
        at,
    )
}

fn int_token(digits: &str, radix: u32) -> Tok {
    match i64::from_str_radix(digits, radix) {
        Ok(n) => Tok::Int(n),
        // The digits were validated for `radix`, so parsing cannot fail.
        Err(_) => Tok::BigInt(BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()),
    }
}

/// Decodes the backslash escapes of a non-raw string body. Unknown escapes are kept
/// verbatim, as CPython does; `at` locates the literal for errors.
pub(super) fn decode_escapes(body: &str, at: Span) -> Result<String, ParseError> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        let simple = match e {
            '\n' => Some(None),
            '\\' => Some(Some('\\')),
            '\'' => Some(Some('\'')),
            '"' => Some(Some('"')),
            'a' => Some(Some('\x07')),
            'b' => Some(Some('\x08')),
            'f' => Some(Some('\x0c')),
            'n' => Some(Some('\n')),
            'r' => Some(Some('\r')),
            't' => Some(Some('\t')),
            'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(decoded) = simple {
            out.extend(decoded);
            continue;
        }
        match e {
            '0'..='7' => {
                let mut value = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|&(_, d)| d.to_digit(8)) {
                        Some(d) => {
                            value = value * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (len, name) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value = 0u32;
                let mut end = start + 1;
                for _ in 0..len {
                    match chars.peek().copied().filter(|(_, d)| d.is_ascii_hexdigit()) {
                        Some((i, d)) => {
                            value = value * 16 + d.to_digit(16).unwrap_or(0);
                            end = i;
                            chars.next();
                        }
                        None => return Err(unicode_error(start, end, name, at)),
                    }
                }
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    // Surrogates cannot live in a Rust string.
                    None if value < 0x110000 => {
                        return Err(error(
                            ParseErrorKind::Unsupported,
                            "a surrogate escape in a string is not supported by Krait",
                            at,
                        ))
                    }
                    None => return Err(unicode_error(start, end, "illegal Unicode character", at)),
                }
            }
            'N' => {
                let rest = &body[start + 2..];
                let name = rest
                    .strip_prefix('{')
                    .and_then(|r| r.split_once('}'))
                    .map(|p| p.0);
                let Some(name) = name.filter(|n| !n.is_empty()) else {
                    let end = start + 1 + usize::from(rest.starts_with('{'));
                    return Err(unicode_error(
                        start,
                        end,
                        "malformed \\N character escape",
                        at,
                    ));
                };
                let Some(c) = super::charnames::lookup(name) else {
                    return Err(error(
                        ParseErrorKind::Unsupported,
                        format!("the character name in '\\N{{{name}}}' is not supported by Krait"),
                        at,
                    ));
                };
                out.push(c);
                for _ in 0..name.chars().count() + 2 {
                    chars.next();
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

fn unicode_error(start: usize, end: usize, what: &str, at: Span) -> ParseError {
    syntax_error(
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"),
        at,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        tokenize(src).into_iter().map(|t| t.tok).collect()
    }

    fn err(src: &str) -> ParseError {
        match tokenize(src).pop().map(|t| t.tok) {
            Some(Tok::Error(e)) => e,
            other => panic!("expected an error for {src:?}, got {other:?}"),
        }
    }

    #[test]
    fn indentation_tokens() {
        use Tok::*;
        let got = toks("if x:\n    y\n\n  # c\n    z\nw\n");
        let name = |s: &str| Name(s.to_string());
        assert_eq!(
            got,
            vec![
                Kw("if"),
                name("x"),
                Op(":"),
                Newline,
                Indent,
                name("y"),
                Newline,
                name("z"),
                Newline,
                Dedent,
                name("w"),
                Newline,
                Eof
            ]
        );
        assert_eq!(toks("x = (1,\n 2)"), toks("x = (1, 2)"));
        assert_eq!(toks("x = 1 + \\\n 2"), toks("x = 1 + 2"));
    }

    #[test]
    fn numbers() {
        assert_eq!(
            toks("0x_ff 0o17 0b1_01 1_000")[..4],
            [Tok::Int(255), Tok::Int(15), Tok::Int(5), Tok::Int(1000)]
        );
        assert_eq!(
            toks("1.5 .5 1. 1e10 1_000.5e-3")[..5],
            [
                Tok::Float(1.5),
                Tok::Float(0.5),
                Tok::Float(1.0),
                Tok::Float(1e10),
                Tok::Float(1.0005)
            ]
        );
        assert!(matches!(toks("99999999999999999999")[0], Tok::BigInt(_)));
        assert_eq!(toks("1j")[0], Tok::Imaginary);
        assert_eq!(toks("00 0_0")[..2], [Tok::Int(0), Tok::Int(0)]);
        assert_eq!(toks("09.5")[0], Tok::Float(9.5));
        assert_eq!(toks("1if")[..2], [Tok::Int(1), Tok::Kw("if")]);
        assert_eq!(err("0b2").message, "invalid digit '2' in binary literal");
        assert_eq!(err("0x").message, "invalid hexadecimal literal");
        assert_eq!(err("1__0").message, "invalid decimal literal");
    }

    #[test]
    fn strings() {
        let s = |v: &str| Tok::Str(StrLit::Plain(v.to_string()));
        assert_eq!(
            toks(r#"'a\n\t\\\'\"' "\x41\u00e9\U0001F600\101\0" r'\n'"#)[..3],
            [s("a\n\t\\'\""), s("Aé😀A\0"), s("\\n")]
        );
        assert_eq!(
            toks(
                r#""\q\d" '''a
b' c''' """x""" U'u'"#
            )[..4],
            [s("\\q\\d"), s("a\nb' c"), s("x"), s("u")]
        );
        assert_eq!(
            toks("b'x' Rb'y'")[..2],
            [Tok::Str(StrLit::Bytes), Tok::Str(StrLit::Bytes)]
        );
        assert!(
            matches!(&toks("rF'{x}\\n'")[0], Tok::Str(StrLit::Format { body, raw: true, .. }) if body == "{x}\\n")
        );
        assert_eq!(toks(r"'\N{greek small letter pi}'")[0], s("π"));
        assert_eq!(err("'\\N{NO SUCH NAME}'").kind, ParseErrorKind::Unsupported);
        assert_eq!(err("'\\x4'").message, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
    }

    #[test]
    fn errors_carry_cpython_positions() {
        let e = err("if 1:\n    x\n  y");
        assert_eq!((e.kind, e.line, e.col), (ParseErrorKind::Indentation, 3, 3));
        let e = err("x = (1,\n2]");
        assert_eq!(
            e.message,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        assert_eq!(
            err("s = \"\"\"abc\n\n").message,
            "unterminated triple-quoted string literal (detected at line 2)"
        );
        assert_eq!(err("x = €").message, "invalid character '€' (U+20AC)");
        assert_eq!(err("if x:\n\ty\n        z\n").kind, ParseErrorKind::Tab);
    }
}
