//! `str.format` templates, rendered by a miniature interpreter, against
//! CPython 3.11's results.

use super::{outcome, A};
use crate::runtime::format::*;
use crate::runtime::strmethods::{ascii_escape, str_repr};

fn format_value(value: &A, spec: &str) -> Result<String, FormatError> {
    match value {
        A::Int(n) => format_i64(*n, spec),
        A::Big(n) => format_int(&n.parse().unwrap(), spec),
        A::Bool(b) if !spec.is_empty() => format_i64(*b as i64, spec),
        A::Float(x) => format_float(*x, spec),
        A::Str(s) => format_str(s, spec),
        _ if spec.is_empty() => Ok(value.str()),
        _ => Err(FormatError::new(
            FormatErrorKind::TypeError,
            format!(
                "unsupported format string passed to {}.__format__",
                value.type_name()
            ),
        )),
    }
}

fn render(
    pieces: impl Iterator<Item = Result<TemplatePiece, FormatError>>,
    args: &[A],
    kwargs: &[(&str, A)],
) -> Result<String, FormatError> {
    let mut out = String::new();
    for piece in pieces {
        let (name, path, conversion, spec) = match piece? {
            TemplatePiece::Literal(text) => {
                out.push_str(&text);
                continue;
            }
            TemplatePiece::Field {
                name,
                path,
                conversion,
                spec,
            } => (name, path, conversion, spec),
        };
        let mut value = match name {
            FieldName::Index(i) => args.get(i).cloned().ok_or_else(|| {
                FormatError::new(
                    FormatErrorKind::IndexError,
                    format!("Replacement index {i} out of range for positional args tuple"),
                )
            })?,
            FieldName::Keyword(k) => kwargs
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| FormatError::new(FormatErrorKind::KeyError, str_repr(&k)))?,
        };
        for step in path {
            value = match (step, value) {
                (FieldAccess::Index(i), A::List(items)) => items[i].clone(),
                (step, value) => panic!("unsupported {step:?} on {value:?}"),
            };
        }
        let converted = match conversion {
            None => None,
            Some('s') => Some(value.str()),
            Some('r') => Some(value.repr()),
            Some('a') => Some(ascii_escape(&value.repr())),
            Some(other) => return Err(unknown_conversion(other)),
        };
        let spec = render(spec.into_iter().map(Ok), args, kwargs)?;
        out.push_str(&match converted {
            Some(text) => format_str(&text, &spec)?,
            None => format_value(&value, &spec)?,
        });
    }
    Ok(out)
}

#[test]
fn str_format_matches_cpython() {
    let failures: Vec<String> = template_cases()
        .into_iter()
        .filter_map(|(template, args, kwargs, expected)| {
            let got = outcome(render(Template::new(template), &args, &kwargs));
            (got != expected)
                .then(|| format!("{template:?}.format(...): got {got:?}, CPython {expected:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn field_paths_are_parsed() {
    let pieces = parse_template("{0[1].real[key]!r:>5}").unwrap();
    assert_eq!(
        pieces,
        vec![TemplatePiece::Field {
            name: FieldName::Index(0),
            path: vec![
                FieldAccess::Index(1),
                FieldAccess::Attribute("real".into()),
                FieldAccess::Key("key".into()),
            ],
            conversion: Some('r'),
            spec: vec![TemplatePiece::Literal(">5".into())],
        }]
    );
}

/// `(template, positional args, keyword args, CPython's result)`.
type TemplateCase = (&'static str, Vec<A>, Vec<(&'static str, A)>, &'static str);

fn template_cases() -> Vec<TemplateCase> {
    vec![
        ("{} {} {}", vec![A::Int(1), A::Str("a"), A::Float(2.5)], vec![], "1 a 2.5"),
        ("{0} {1} {0}", vec![A::Str("x"), A::Str("y")], vec![], "x y x"),
        ("{name}!", vec![], vec![("name", A::Str("n"))], "n!"),
        ("{{}} {{{0}}} }}{{", vec![A::Int(7)], vec![], "{} {7} }{"),
        ("{:>8}|{:<8}|{:^8}|", vec![A::Str("ab"), A::Int(5), A::Float(1.5)], vec![], "      ab|5       |  1.5   |"),
        ("{0:>{1}}", vec![A::Str("x"), A::Int(6)], vec![], "     x"),
        ("{:{}}|{:{}.{}f}", vec![A::Str("a"), A::Int(4), A::Float(3.14259), A::Int(10), A::Int(2)], vec![], "a   |      3.14"),
        ("{:{w}.{p}f}", vec![A::Float(2.5)], vec![("w", A::Int(8)), ("p", A::Int(3))], "   2.500"),
        ("{!r} {!s} {!a}", vec![A::Str("a"), A::Str("b"), A::Str("\u{e9}")], vec![], "'a' b '\\xe9'"),
        ("{0!r:>6}", vec![A::Str("a")], vec![], "   'a'"),
        ("{} {0}", vec![A::Int(1)], vec![], "!ValueError: cannot switch from automatic field numbering to manual field specification"),
        ("{0} {}", vec![A::Int(1)], vec![], "!ValueError: cannot switch from manual field specification to automatic field numbering"),
        ("{", vec![], vec![], "!ValueError: Single '{' encountered in format string"),
        ("}", vec![], vec![], "!ValueError: Single '}' encountered in format string"),
        ("a}b", vec![], vec![], "!ValueError: Single '}' encountered in format string"),
        ("{0", vec![A::Int(1)], vec![], "!ValueError: expected '}' before end of string"),
        ("{0:", vec![A::Int(1)], vec![], "!ValueError: unmatched '{' in format spec"),
        ("{0!", vec![A::Int(1)], vec![], "!ValueError: end of string while looking for conversion specifier"),
        ("{0!r", vec![A::Int(1)], vec![], "!ValueError: unmatched '{' in format spec"),
        ("{0!rx}", vec![A::Int(1)], vec![], "!ValueError: expected ':' after conversion specifier"),
        ("{0!x}", vec![A::Int(1)], vec![], "!ValueError: Unknown conversion specifier x"),
        ("{a{b}", vec![], vec![], "!ValueError: unexpected '{' in field name"),
        ("{:{:{}}}", vec![A::Int(1), A::Int(2), A::Int(3)], vec![], "!ValueError: Max string recursion exceeded"),
        ("{:x} {:,} {:08.3f} {:+d}", vec![A::Int(255), A::Int(1234567), A::Float(-3.14259), A::Int(5)], vec![], "ff 1,234,567 -003.143 +5"),
        ("{2}", vec![A::Int(1)], vec![], "!IndexError: Replacement index 2 out of range for positional args tuple"),
        ("{x}", vec![], vec![], "!KeyError: 'x'"),
        ("{0[1]}", vec![A::List(vec![A::Int(5), A::Int(6)])], vec![], "6"),
        ("{0[}", vec![A::Int(1)], vec![], "!ValueError: expected '}' before end of string"),
        ("{0]}", vec![A::Int(1)], vec![], "!KeyError: '0]'"),
        ("{0.}", vec![A::Int(1)], vec![], "!ValueError: Empty attribute in format string"),
        ("{0[]}", vec![A::Int(1)], vec![], "!ValueError: Empty attribute in format string"),
        ("{0[0]x}", vec![A::List(vec![A::Int(1)])], vec![], "!ValueError: Only '.' or '[' may follow ']' in format field specifier"),
        ("{:}}}", vec![A::Int(1)], vec![], "1}"),
        ("{:{{}}}", vec![A::Int(1)], vec![], "!ValueError: Invalid format specifier '{}' for object of type 'int'"),
        ("x{}y", vec![A::Str("\u{e9}")], vec![], "x\u{e9}y"),
        ("", vec![], vec![], ""),
        ("{:d}", vec![A::Str("s")], vec![], "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("{!}", vec![A::Int(1)], vec![], "!ValueError: unmatched '{' in format spec"),
        ("{:>{}}{}", vec![A::Str("a"), A::Int(3), A::Str("b")], vec![], "  ab"),
        ("{0:{}}", vec![A::Int(1), A::Int(2)], vec![], "!ValueError: cannot switch from manual field specification to automatic field numbering"),
        ("{99999999999999999999}", vec![], vec![], "!ValueError: Too many decimal digits in format string"),
        ("{:%}", vec![A::Float(0.25)], vec![], "25.000000%"),
        ("{:.3}", vec![A::Str("abcdef")], vec![], "abc"),
        ("{:c}", vec![A::Int(9786)], vec![], "\u{263a}"),
        ("{:=10}", vec![A::Int(-5)], vec![], "-        5"),
        ("{:0^9}", vec![A::Int(-5)], vec![], "000-50000"),
    ]
}
