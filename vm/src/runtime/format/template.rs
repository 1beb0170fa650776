//! `str.format` templates: `"{} {0} {name} {0[1].x!r:>{width}} {{ }}"`.
//!
//! A port of CPython's `Objects/stringlib/unicode_format.h` parser
//! (`MarkupIterator_next`, `parse_field`, `field_name_split`,
//! `FieldNameIterator_next`). Automatic field numbering is resolved here, so
//! the interpreter only ever sees explicit indexes and keywords. Pieces are
//! produced lazily by [`Template`], so an interpreter that evaluates each
//! field as it arrives raises errors in the same order as CPython.

use super::FormatError;

/// The argument a replacement field starts from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldName {
    /// A positional argument: `{0}`, or `{}` numbered automatically.
    Index(usize),
    /// A keyword argument: `{name}`.
    Keyword(String),
}

/// One step from the argument to the value actually formatted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldAccess {
    /// `.name`
    Attribute(String),
    /// `[3]`: an all-digit key indexes with an int.
    Index(usize),
    /// `[key]`: any other key is a str.
    Key(String),
}

/// A piece of a parsed template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplatePiece {
    /// Text copied as is (`{{` and `}}` already unescaped).
    Literal(String),
    /// A replacement field `{name path !conversion :spec}`.
    Field {
        name: FieldName,
        path: Vec<FieldAccess>,
        /// The character after `!`, unchecked: the caller applies `s`, `r`
        /// or `a` and raises [`unknown_conversion`] for anything else
        /// (after looking the value up, as CPython does).
        conversion: Option<char>,
        /// The format spec, itself a template when it contains fields
        /// (`{:>{width}}`); empty for no spec. Concatenate the pieces'
        /// results to get the spec string.
        spec: Vec<TemplatePiece>,
    },
}

/// CPython's error for a conversion other than `!s`, `!r`, `!a`.
pub fn unknown_conversion(conversion: char) -> FormatError {
    let code = conversion as u32;
    FormatError::value(if code > 32 && code < 127 {
        format!("Unknown conversion specifier {conversion}")
    } else {
        format!("Unknown conversion specifier \\x{code:x}")
    })
}

/// Automatic (`{}`) versus manual (`{0}`) numbering; a template may not mix them.
#[derive(Clone, Copy)]
enum Numbering {
    Unset,
    Automatic { next: usize },
    Manual,
}

/// CPython's nesting limit: a spec may contain fields, but their specs may not.
const MAX_DEPTH: usize = 2;

/// A lazy parser over a template: yields literals and fields in order, and
/// stops after the first error.
pub struct Template {
    chars: Vec<char>,
    pos: usize,
    numbering: Numbering,
    /// A field parsed together with the literal before it, yielded next.
    pending: Option<TemplatePiece>,
    failed: bool,
}

impl Template {
    pub fn new(template: &str) -> Template {
        Template {
            chars: template.chars().collect(),
            pos: 0,
            numbering: Numbering::Unset,
            pending: None,
            failed: false,
        }
    }
}

impl Iterator for Template {
    type Item = Result<TemplatePiece, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(field) = self.pending.take() {
            return Some(Ok(field));
        }
        if self.failed {
            return None;
        }
        let mut parser = Parser {
            chars: &self.chars,
            pos: self.pos,
            end: self.chars.len(),
            numbering: &mut self.numbering,
            depth: MAX_DEPTH,
        };
        let result = parser.next_markup();
        self.pos = parser.pos;
        match result {
            Ok(None) => None,
            Ok(Some((literal, field))) => match (literal.is_empty(), field) {
                (true, Some(field)) => Some(Ok(field)),
                (_, field) => {
                    self.pending = field;
                    Some(Ok(TemplatePiece::Literal(literal)))
                }
            },
            Err(error) => {
                self.failed = true;
                Some(Err(error))
            }
        }
    }
}

/// Parses a whole template eagerly. Errors are CPython's: "Single '}'
/// encountered in format string", "Single '{' encountered in format string",
/// "expected '}' before end of string", "cannot switch from automatic field
/// numbering to manual field specification", ...
pub fn parse_template(template: &str) -> Result<Vec<TemplatePiece>, FormatError> {
    Template::new(template).collect()
}

/// Parses `chars[pos..end]`, sharing the numbering state with enclosing templates.
struct Parser<'a> {
    chars: &'a [char],
    pos: usize,
    end: usize,
    numbering: &'a mut Numbering,
    depth: usize,
}

/// A literal and the field after it, if any.
type Markup = (String, Option<TemplatePiece>);

impl Parser<'_> {
    fn parse_all(&mut self) -> Result<Vec<TemplatePiece>, FormatError> {
        let mut pieces = Vec::new();
        while let Some((literal, field)) = self.next_markup()? {
            if !literal.is_empty() {
                pieces.push(TemplatePiece::Literal(literal));
            }
            pieces.extend(field);
        }
        Ok(pieces)
    }

    /// `MarkupIterator_next`: the literal up to the next `{` or `}`, then the
    /// field it opens. `None` at the end of the template.
    fn next_markup(&mut self) -> Result<Option<Markup>, FormatError> {
        if self.pos >= self.end {
            return Ok(None);
        }
        let start = self.pos;
        let mut c = '\0';
        let mut markup_follows = false;
        while self.pos < self.end {
            c = self.chars[self.pos];
            self.pos += 1;
            if c == '{' || c == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = self.pos >= self.end;
        let mut len = self.pos - start;
        if c == '}' && (at_end || self.chars[self.pos] != '}') {
            return Err(FormatError::value(
                "Single '}' encountered in format string",
            ));
        }
        if at_end && c == '{' {
            return Err(FormatError::value(
                "Single '{' encountered in format string",
            ));
        }
        if !at_end {
            if self.chars[self.pos] == c {
                // A doubled brace: keep one as text, no field follows.
                self.pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        let literal: String = self.chars[start..start + len].iter().collect();
        let field = if markup_follows {
            Some(self.parse_field()?)
        } else {
            None
        };
        Ok(Some((literal, field)))
    }

    /// `parse_field`: everything after a field's `{` up to its `}`.
    fn parse_field(&mut self) -> Result<TemplatePiece, FormatError> {
        let name_start = self.pos;
        let mut c = '\0';
        while self.pos < self.end {
            c = self.chars[self.pos];
            self.pos += 1;
            match c {
                '{' => return Err(FormatError::value("unexpected '{' in field name")),
                // Brackets may hold ':' and '!' as part of an index key.
                '[' => {
                    while self.pos < self.end && self.chars[self.pos] != ']' {
                        self.pos += 1;
                    }
                }
                '}' | ':' | '!' => break,
                _ => {}
            }
        }
        let name_end = self.pos - 1;
        let mut conversion = None;
        let mut spec = (self.pos, self.pos, false);
        match c {
            '!' | ':' => {
                if c == '!' {
                    if self.pos >= self.end {
                        return Err(FormatError::value(
                            "end of string while looking for conversion specifier",
                        ));
                    }
                    conversion = Some(self.chars[self.pos]);
                    self.pos += 1;
                    if self.pos < self.end {
                        let next = self.chars[self.pos];
                        self.pos += 1;
                        if next != ':' && next != '}' {
                            return Err(FormatError::value(
                                "expected ':' after conversion specifier",
                            ));
                        }
                        if next == '}' {
                            return self.finish_field(name_start, name_end, conversion, spec);
                        }
                    }
                }
                spec = self.scan_spec()?;
            }
            '}' => {}
            _ => return Err(FormatError::value("expected '}' before end of string")),
        }
        self.finish_field(name_start, name_end, conversion, spec)
    }

    /// Finds the end of a spec (braces nest); returns its range and whether
    /// it contains fields to expand.
    fn scan_spec(&mut self) -> Result<(usize, usize, bool), FormatError> {
        let start = self.pos;
        let mut needs_expanding = false;
        let mut depth = 1;
        while self.pos < self.end {
            let c = self.chars[self.pos];
            self.pos += 1;
            match c {
                '{' => {
                    needs_expanding = true;
                    depth += 1;
                }
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok((start, self.pos - 1, needs_expanding));
                    }
                }
                _ => {}
            }
        }
        Err(FormatError::value("unmatched '{' in format spec"))
    }

    fn finish_field(
        &mut self,
        name_start: usize,
        name_end: usize,
        conversion: Option<char>,
        (spec_start, spec_end, needs_expanding): (usize, usize, bool),
    ) -> Result<TemplatePiece, FormatError> {
        let (name, path) = self.split_field_name(&self.chars[name_start..name_end])?;
        let spec = if needs_expanding {
            if self.depth <= 1 {
                return Err(FormatError::value("Max string recursion exceeded"));
            }
            Parser {
                chars: self.chars,
                pos: spec_start,
                end: spec_end,
                numbering: self.numbering,
                depth: self.depth - 1,
            }
            .parse_all()?
        } else if spec_start < spec_end {
            let text = self.chars[spec_start..spec_end].iter().collect();
            vec![TemplatePiece::Literal(text)]
        } else {
            Vec::new()
        };
        Ok(TemplatePiece::Field {
            name,
            path,
            conversion,
            spec,
        })
    }

    /// `field_name_split` plus `FieldNameIterator`: the argument and the
    /// attribute/index path after it, with automatic numbering applied.
    fn split_field_name(
        &mut self,
        field: &[char],
    ) -> Result<(FieldName, Vec<FieldAccess>), FormatError> {
        let first_len = field
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(field.len());
        let first = &field[..first_len];
        let name = if first.is_empty() {
            let index = match *self.numbering {
                Numbering::Manual => return Err(FormatError::value(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                Numbering::Unset => 0,
                Numbering::Automatic { next } => next,
            };
            *self.numbering = Numbering::Automatic { next: index + 1 };
            FieldName::Index(index)
        } else if let Some(index) = parse_index(first)? {
            match *self.numbering {
                Numbering::Automatic { .. } => return Err(FormatError::value(
                    "cannot switch from automatic field numbering to manual field specification",
                )),
                Numbering::Unset | Numbering::Manual => *self.numbering = Numbering::Manual,
            }
            FieldName::Index(index)
        } else {
            FieldName::Keyword(first.iter().collect())
        };
        Ok((name, parse_path(&field[first_len..])?))
    }
}

/// `get_integer`: an all-digit name is an index; overflow is an error.
fn parse_index(text: &[char]) -> Result<Option<usize>, FormatError> {
    if text.is_empty() || !text.iter().all(char::is_ascii_digit) {
        return Ok(None);
    }
    let mut value: usize = 0;
    for d in text.iter().filter_map(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

/// Parses `.attr` and `[key]` steps.
fn parse_path(mut rest: &[char]) -> Result<Vec<FieldAccess>, FormatError> {
    let mut path = Vec::new();
    while let Some((&c, tail)) = rest.split_first() {
        let (step, name) = match c {
            '.' => {
                let len = tail
                    .iter()
                    .position(|&c| c == '.' || c == '[')
                    .unwrap_or(tail.len());
                rest = &tail[len..];
                let name = &tail[..len];
                (FieldAccess::Attribute(name.iter().collect()), name)
            }
            '[' => {
                let len = tail
                    .iter()
                    .position(|&c| c == ']')
                    .ok_or_else(|| FormatError::value("Missing ']' in format string"))?;
                rest = &tail[len + 1..];
                let name = &tail[..len];
                let step = match parse_index(name)? {
                    Some(index) => FieldAccess::Index(index),
                    None => FieldAccess::Key(name.iter().collect()),
                };
                (step, name)
            }
            _ => {
                return Err(FormatError::value(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        if name.is_empty() {
            return Err(FormatError::value("Empty attribute in format string"));
        }
        path.push(step);
    }
    Ok(path)
}
