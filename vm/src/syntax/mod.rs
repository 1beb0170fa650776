//! Source text to AST: the lexer (`lexer.rs`, indentation and tokens), the
//! recursive-descent parser (`parser.rs` for statements, `expr.rs` for expressions),
//! f-string bodies (`fstring.rs`) and `\N{...}` character names (`charnames.rs`).
//!
//! Architecture invariant: this module knows nothing of bytecode, values or the
//! runtime. Its only output is an [`ast::Module`] or a [`ParseError`]; any input bytes
//! (non-UTF-8, truncated, huge) give one of the two, never a panic or a hang.

pub mod ast;
mod charnames;
mod depth;
mod expr;
mod fstring;
mod lexer;
mod parser;

/// `parse(source: &[u8], filename: &str) -> Result<ast::Module, ParseError>`; the
/// filename appears only in messages that CPython puts it in (non-UTF-8 input).
pub use lexer::{is_id_continue, is_id_start};
pub use parser::parse;

/// Which exception a [`ParseError`] becomes when reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// `SyntaxError` — the program is not valid Python.
    Syntax,
    /// `IndentationError` (a subclass of `SyntaxError` in CPython).
    Indentation,
    /// `TabError` — inconsistent use of tabs and spaces.
    Tab,
    /// Valid Python outside Krait's subset (`async`, `match`, `with`, ...); reported as
    /// `NotImplementedError` naming the construct.
    Unsupported,
    /// `RecursionError` — the program nests deeper than CPython's compiler goes
    /// (`maximum recursion depth exceeded during compilation`); reported without a
    /// location, as CPython reports it.
    Recursion,
}

/// A parse failure, with the position CPython would report (1-based line, 0-based
/// column in characters) so the CLI can print the line and a caret under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub kind: ParseErrorKind,
    pub message: String,
    pub line: u32,
    pub col: u32,
}

impl ParseErrorKind {
    /// The Python exception class name this error is reported as.
    pub fn exception_name(self) -> &'static str {
        match self {
            ParseErrorKind::Syntax => "SyntaxError",
            ParseErrorKind::Indentation => "IndentationError",
            ParseErrorKind::Tab => "TabError",
            ParseErrorKind::Unsupported => "NotImplementedError",
            ParseErrorKind::Recursion => "RecursionError",
        }
    }
}
