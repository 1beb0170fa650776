//! f-string bodies: splitting literal text from `{expr!conv:spec}` fields, with
//! CPython 3.11's rules and messages. Each field's expression is tokenized and parsed
//! on its own, with positions that point into the file.

use super::ast::{Expr, FStringPart, Span};
use super::lexer::{decode_escapes, syntax_error, tokenize_field};
use super::parser::{PResult, Parser};
use super::{ParseError, ParseErrorKind};

/// Parses the text between the quotes of an f-string that starts at `start`.
pub(super) fn parse(
    parser: &mut Parser,
    body: &str,
    raw: bool,
    start: Span,
) -> PResult<Vec<FStringPart>> {
    let mut scanner = Scanner {
        body,
        pos: 0,
        line: start.line,
        col: start.col,
        raw,
        parser,
    };
    scanner.parts(0)
}

struct Scanner<'a, 'p> {
    body: &'a str,
    pos: usize,
    line: u32,
    col: u32,
    raw: bool,
    /// The enclosing parser: field expressions share its scope and nesting depth.
    parser: &'p mut Parser,
}

impl Scanner<'_, '_> {
    fn peek(&self) -> Option<char> {
        self.body[self.pos..].chars().next()
    }

    fn peek_second(&self) -> Option<char> {
        self.body[self.pos..].chars().nth(1)
    }

    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.pos += c.len_utf8();
            if c == '\n' {
                self.line += 1;
                self.col = 0;
            } else {
                self.col += 1;
            }
        }
    }

    fn here(&self) -> Span {
        Span {
            line: self.line,
            col: self.col,
        }
    }

    fn error(&self, message: &str) -> ParseError {
        syntax_error(message, self.here())
    }

    /// Literal text and fields up to the end of the body or, inside a format spec
    /// (`nesting > 0`), up to the spec's closing `}` (not consumed).
    fn parts(&mut self, nesting: u32) -> PResult<Vec<FStringPart>> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut literal_at = self.here();
        loop {
            match self.peek() {
                None => break,
                Some('}') if nesting > 0 => break,
                Some(c @ ('{' | '}')) if nesting == 0 && self.peek_second() == Some(c) => {
                    literal.push(c);
                    self.bump();
                    self.bump();
                }
                Some('{') => {
                    self.flush(&mut literal, literal_at, &mut parts)?;
                    parts.push(self.field(nesting)?);
                    literal_at = self.here();
                }
                Some('}') => return Err(self.error("f-string: single '}' is not allowed")),
                Some('\\') if !self.raw && self.peek_second() == Some('N') => {
                    // The braces of `\N{NAME}` are not a field.
                    while let Some(c) = self.peek() {
                        literal.push(c);
                        self.bump();
                        if c == '}' {
                            break;
                        }
                    }
                }
                Some(c) => {
                    literal.push(c);
                    self.bump();
                }
            }
        }
        self.flush(&mut literal, literal_at, &mut parts)?;
        Ok(parts)
    }

    fn flush(&self, literal: &mut String, at: Span, parts: &mut Vec<FStringPart>) -> PResult<()> {
        if !literal.is_empty() {
            let text = if self.raw {
                literal.clone()
            } else {
                decode_escapes(literal, at)?
            };
            parts.push(FStringPart::Literal(text));
            literal.clear();
        }
        Ok(())
    }

    /// One `{...}` field; the current character is its `{`.
    fn field(&mut self, nesting: u32) -> PResult<FStringPart> {
        if nesting >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        self.bump();
        let expr_start = self.pos;
        let expr_at = self.here();
        self.skip_expression()?;
        let text = &self.body[expr_start..self.pos];
        if text.trim().is_empty() {
            return Err(self.error("f-string: empty expression not allowed"));
        }
        let value = self.expression(text, expr_at)?;
        let mut debug_text = None;
        if self.peek() == Some('=') {
            self.bump();
            while self.peek().is_some_and(char::is_whitespace) {
                self.bump();
            }
            debug_text = Some(self.body[expr_start..self.pos].to_string());
        }
        let mut conversion = None;
        if self.peek() == Some('!') {
            self.bump();
            match self.peek() {
                Some(c @ ('s' | 'r' | 'a')) => {
                    conversion = Some(c);
                    self.bump();
                }
                None => return Err(self.error("f-string: expecting '}'")),
                _ => {
                    return Err(self.error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ))
                }
            }
        }
        let mut spec = Vec::new();
        let has_spec = self.peek() == Some(':');
        if has_spec {
            self.bump();
            spec = self.parts(nesting + 1)?;
        }
        if self.peek() != Some('}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        self.bump();
        if debug_text.is_some() && conversion.is_none() && !has_spec {
            conversion = Some('r');
        }
        Ok(FStringPart::Formatted {
            value: Box::new(value),
            conversion,
            spec,
            debug_text,
        })
    }

    /// Moves to the end of a field's expression: a `!`, `:`, `=` or `}` outside
    /// brackets and strings.
    fn skip_expression(&mut self) -> PResult<()> {
        let mut brackets: Vec<char> = Vec::new();
        let mut quote: Option<(char, bool)> = None;
        loop {
            let Some(c) = self.peek() else {
                if let Some(&open) = brackets.last() {
                    return Err(self.error(&format!("f-string: unmatched '{open}'")));
                }
                if quote.is_some() {
                    return Err(self.error("f-string: unterminated string"));
                }
                return Err(self.error("f-string: expecting '}'"));
            };
            let next = self.peek_second();
            if c == '\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if c == q
                    && (!triple || self.body[self.pos..].starts_with(&q.to_string().repeat(3)))
                {
                    quote = None;
                    if triple {
                        self.bump();
                        self.bump();
                    }
                }
                self.bump();
                continue;
            }
            match c {
                '#' => return Err(self.error("f-string expression part cannot include '#'")),
                '\'' | '"' => {
                    let triple = self.body[self.pos..].starts_with(&c.to_string().repeat(3));
                    quote = Some((c, triple));
                    if triple {
                        self.bump();
                        self.bump();
                    }
                }
                '(' | '[' | '{' => brackets.push(c),
                ')' | ']' | '}' => {
                    let Some(open) = brackets.pop() else {
                        if c == '}' {
                            return Ok(());
                        }
                        return Err(self.error(&format!("f-string: unmatched '{c}'")));
                    };
                    let expected = match open {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if c != expected {
                        return Err(self.error(&format!(
                            "f-string: closing parenthesis '{c}' does not match opening parenthesis '{open}'"
                        )));
                    }
                }
                '=' | '!' | '<' | '>' if next == Some('=') => self.bump(),
                '!' | ':' | '=' if brackets.is_empty() => return Ok(()),
                _ => {}
            }
            self.bump();
        }
    }

    /// Parses a field's expression text, which starts at `at` in the file.
    fn expression(&mut self, text: &str, at: Span) -> PResult<Expr> {
        let mut sub = Parser::new(tokenize_field(text, at), self.parser.scope);
        sub.depth = self.parser.depth;
        let value = sub.field_expression().map_err(|mut e| {
            if e.kind == ParseErrorKind::Syntax && !e.message.starts_with("f-string") {
                e.message = format!("f-string: {}", e.message);
            }
            e
        })?;
        self.parser.adopt_deferred(sub);
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::super::ast::{ExprKind, StmtKind};
    use super::super::parse;
    use super::*;

    fn fstring(source: &str) -> Vec<FStringPart> {
        let module = parse(source.as_bytes(), "t.py").unwrap_or_else(|e| panic!("{source}: {e:?}"));
        match module.body.into_iter().next().map(|s| s.kind) {
            Some(StmtKind::Expr(Expr {
                kind: ExprKind::FString(parts),
                ..
            })) => parts,
            other => panic!("not an f-string: {other:?}"),
        }
    }

    fn lit(s: &str) -> FStringPart {
        FStringPart::Literal(s.to_string())
    }

    #[test]
    fn literal_parts_and_escapes() {
        assert_eq!(fstring(r#"f"a{{b}}\n""#), [lit("a{b}\n")]);
        assert_eq!(fstring(r#"rf"\n{{""#), [lit("\\n{")]);
        assert_eq!(fstring(r#""x" f"" 'y'"#), [lit("xy")]);
        assert_eq!(fstring(r#"f"""#), []);
    }

    #[test]
    fn fields() {
        let parts = fstring(r#"f"a{x!r:>{w}.3} b" 'c'"#);
        let [FStringPart::Literal(a), FStringPart::Formatted {
            value,
            conversion,
            spec,
            debug_text,
        }, FStringPart::Literal(bc)] = &parts[..]
        else {
            panic!("{parts:?}")
        };
        assert_eq!((a.as_str(), bc.as_str()), ("a", " bc"));
        assert_eq!(value.kind, ExprKind::Name("x".into()));
        assert_eq!((*conversion, debug_text), (Some('r'), &None));
        assert!(
            matches!(&spec[..], [FStringPart::Literal(g), FStringPart::Formatted { .. }, FStringPart::Literal(p)] if g == ">" && p == ".3")
        );
    }

    #[test]
    fn debug_fields_default_to_repr() {
        let field = |s: &str| match fstring(s).pop() {
            Some(FStringPart::Formatted {
                conversion,
                debug_text,
                spec,
                ..
            }) => (conversion, debug_text, spec.len()),
            other => panic!("{other:?}"),
        };
        assert_eq!(field("f'{x=}'"), (Some('r'), Some("x=".into()), 0));
        assert_eq!(field("f'{ x = }'"), (Some('r'), Some(" x = ".into()), 0));
        assert_eq!(field("f'{x=!s}'"), (Some('s'), Some("x=".into()), 0));
        assert_eq!(field("f'{x=:>4}'"), (None, Some("x=".into()), 1));
        assert_eq!(field("f'{x == y}'").1, None);
        assert_eq!(field("f'{x != y}'").1, None);
    }

    #[test]
    fn field_positions_point_into_the_file() {
        let source = "y = 1\nf'''\n  {a +\n b}'''";
        let module = parse(source.as_bytes(), "t.py").unwrap();
        let StmtKind::Expr(Expr {
            kind: ExprKind::FString(parts),
            ..
        }) = &module.body[1].kind
        else {
            panic!()
        };
        let Some(FStringPart::Formatted { value, .. }) = parts.last() else {
            panic!()
        };
        let ExprKind::BinOp { right, .. } = &value.kind else {
            panic!()
        };
        assert_eq!(
            (value.span, right.span),
            (Span { line: 3, col: 3 }, Span { line: 4, col: 1 })
        );
    }

    #[test]
    fn errors() {
        for (source, message) in [
            ("f'{}'", "f-string: empty expression not allowed"),
            ("f'{x'", "f-string: expecting '}'"),
            (
                "f'{x!z}'",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            ),
            ("f'}'", "f-string: single '}' is not allowed"),
            (
                "f'{a b}'",
                "f-string: invalid syntax. Perhaps you forgot a comma?",
            ),
            ("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply"),
            ("f'{#}'", "f-string expression part cannot include '#'"),
        ] {
            assert_eq!(
                parse(source.as_bytes(), "t.py").unwrap_err().message,
                message,
                "for {source}"
            );
        }
    }
}
