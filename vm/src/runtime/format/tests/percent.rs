//! `fmt % args` against CPython 3.11's results.

use super::{outcome, A};
use crate::runtime::format::*;
use crate::runtime::strmethods::str_repr;

/// The right operand of `%` as the tests' interpreter sees it.
enum Operand {
    Single(A),
    Tuple(Vec<A>),
    Mapping(Vec<(&'static str, A)>, Vec<A>),
}

fn single(a: A) -> Operand {
    Operand::Single(a)
}

fn tuple(items: Vec<A>) -> Operand {
    Operand::Tuple(items)
}

fn mapping(items: Vec<(&'static str, A)>) -> Operand {
    Operand::Mapping(items, Vec::new())
}

impl Operand {
    /// Handle 0 of a non-tuple is the operand; mapping lookups get 1, 2, ...
    fn get(&self, handle: usize) -> Option<&A> {
        match self {
            Operand::Single(a) => Some(a),
            Operand::Tuple(items) => items.get(handle),
            Operand::Mapping(_, found) => handle.checked_sub(1).map(|i| &found[i]),
        }
    }
}

impl PercentArgs for Operand {
    fn count(&self) -> usize {
        match self {
            Operand::Tuple(items) => items.len(),
            _ => 1,
        }
    }

    fn is_tuple(&self) -> bool {
        matches!(self, Operand::Tuple(_))
    }

    fn str_of(&mut self, handle: usize) -> Result<String, FormatError> {
        Ok(match self.get(handle) {
            Some(a) => a.str(),
            None => self.repr_of(handle)?,
        })
    }

    fn repr_of(&mut self, handle: usize) -> Result<String, FormatError> {
        Ok(match (self.get(handle), &*self) {
            (Some(a), _) => a.repr(),
            (None, Operand::Mapping(items, _)) => {
                let entries: Vec<String> = items
                    .iter()
                    .map(|(k, v)| format!("{}: {}", str_repr(k), v.repr()))
                    .collect();
                format!("{{{}}}", entries.join(", "))
            }
            (None, _) => unreachable!("bad handle {handle}"),
        })
    }

    fn num_of(&mut self, handle: usize, conv: char) -> Result<Num, FormatError> {
        let name = self.type_name(handle);
        self.get(handle)
            .and_then(A::num)
            .ok_or_else(|| percent_type_error(conv, &name))
    }

    fn type_name(&self, handle: usize) -> String {
        self.get(handle).map_or("dict", A::type_name).to_string()
    }

    fn is_mapping(&self) -> bool {
        matches!(self, Operand::Mapping(..) | Operand::Single(A::List(_)))
    }

    fn mapping_item(&mut self, key: &str) -> Result<usize, FormatError> {
        match self {
            Operand::Mapping(items, found) => {
                let value = items
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, v)| v.clone());
                let value = value
                    .ok_or_else(|| FormatError::new(FormatErrorKind::KeyError, str_repr(key)))?;
                found.push(value);
                Ok(found.len())
            }
            _ => Err(FormatError::new(
                FormatErrorKind::TypeError,
                "list indices must be integers or slices, not str",
            )),
        }
    }
}

#[test]
fn percent_format_matches_cpython() {
    let failures: Vec<String> = percent_cases()
        .into_iter()
        .filter_map(|(fmt, mut args, expected)| {
            let got = outcome(percent_format(fmt, &mut args));
            (got != expected).then(|| format!("{fmt:?} % ...: got {got:?}, CPython {expected:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `(format, operand, CPython's result)`.
fn percent_cases() -> Vec<(&'static str, Operand, &'static str)> {
    vec![
        ("%d %s %.2f %5.1f %x", tuple(vec![A::Int(42), A::Str("hi"), A::Float(3.14259), A::Float(2.25), A::Int(255)]), "42 hi 3.14   2.2 ff"),
        ("%s", single(A::Str("abc")), "abc"),
        ("%s", tuple(vec![A::Int(1)]), "1"),
        ("%s", tuple(vec![A::Str("x")]), "x"),
        ("%r", single(A::Str("it's")), "\"it's\""),
        ("%r", tuple(vec![A::Str("a\nb")]), "'a\\nb'"),
        ("%a", tuple(vec![A::Str("h\u{e9}llo")]), "'h\\xe9llo'"),
        ("%s %s", tuple(vec![A::Int(1)]), "!TypeError: not enough arguments for format string"),
        ("%s", tuple(vec![A::Int(1), A::Int(2)]), "!TypeError: not all arguments converted during string formatting"),
        ("abc", single(A::Int(5)), "!TypeError: not all arguments converted during string formatting"),
        ("abc", tuple(vec![]), "abc"),
        ("%", tuple(vec![]), "!ValueError: incomplete format"),
        ("abc%", tuple(vec![A::Int(1)]), "!ValueError: incomplete format"),
        ("%5", tuple(vec![A::Int(1)]), "!ValueError: incomplete format"),
        ("%-", tuple(vec![A::Int(1)]), "!ValueError: incomplete format"),
        ("%.", tuple(vec![A::Int(1)]), "!ValueError: incomplete format"),
        ("%y", tuple(vec![A::Int(1)]), "!ValueError: unsupported format character 'y' (0x79) at index 1"),
        ("ab%yc", single(A::Int(5)), "!ValueError: unsupported format character 'y' (0x79) at index 3"),
        ("%y", tuple(vec![]), "!TypeError: not enough arguments for format string"),
        ("%\u{e9}", tuple(vec![A::Int(1)]), "!ValueError: unsupported format character '?' (0xe9) at index 1"),
        ("%5%", tuple(vec![]), "!TypeError: not enough arguments for format string"),
        ("%5%", tuple(vec![A::Int(1)]), "!ValueError: unsupported format character '%' (0x25) at index 2"),
        ("%%", tuple(vec![]), "%"),
        ("100%%", tuple(vec![]), "100%"),
        ("%d%%", single(A::Int(50)), "50%"),
        ("%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|%- 5d", tuple(vec![A::Int(42), A::Int(42), A::Int(42), A::Int(42), A::Int(42), A::Int(42), A::Int(42), A::Int(42)]), "   42|42   |00042|+42| 42|+0042|+42  | 42  "),
        ("%5d|%-5d|%05d|%+d|% d|%+05d", tuple(vec![A::Int(-42), A::Int(-42), A::Int(-42), A::Int(-42), A::Int(-42), A::Int(-42)]), "  -42|-42  |-0042|-42|-42|-0042"),
        ("%.3d|%5.3d|%-8.4d|%08.3d", tuple(vec![A::Int(7), A::Int(-7), A::Int(7), A::Int(7)]), "007| -007|0007    |00000007"),
        ("%i %u", tuple(vec![A::Int(3), A::Int(4)]), "3 4"),
        ("%x %X %o %#x %#X %#o", tuple(vec![A::Int(255), A::Int(255), A::Int(8), A::Int(255), A::Int(255), A::Int(8)]), "ff FF 10 0xff 0XFF 0o10"),
        ("%#08x|%#8x|%-#8x|%#08o|%#8o|%#08X", tuple(vec![A::Int(255), A::Int(255), A::Int(255), A::Int(8), A::Int(8), A::Int(-255)]), "0x0000ff|    0xff|0xff    |0o000010|    0o10|-0X000FF"),
        ("%#.5x|%#10.5o", tuple(vec![A::Int(255), A::Int(8)]), "0x000ff|   0o00010"),
        ("%x", tuple(vec![A::Int(-255)]), "-ff"),
        ("%x", tuple(vec![A::Float(3.0)]), "!TypeError: %x format: an integer is required, not float"),
        ("%o", tuple(vec![A::Str("s")]), "!TypeError: %o format: an integer is required, not str"),
        ("%X", tuple(vec![A::None]), "!TypeError: %X format: an integer is required, not NoneType"),
        ("%d", tuple(vec![A::Float(3.99)]), "3"),
        ("%d", tuple(vec![A::Float(-3.99)]), "-3"),
        ("%d", tuple(vec![A::Float(1e+20)]), "100000000000000000000"),
        ("%d", tuple(vec![A::Float(f64::INFINITY)]), "!OverflowError: cannot convert float infinity to integer"),
        ("%d", tuple(vec![A::Float(f64::NAN)]), "!ValueError: cannot convert float NaN to integer"),
        ("%d", tuple(vec![A::Str("5")]), "!TypeError: %d format: a real number is required, not str"),
        ("%i", tuple(vec![A::List(vec![A::Int(1)])]), "!TypeError: %i format: a real number is required, not list"),
        ("%d", tuple(vec![A::Bool(true)]), "1"),
        ("%s", tuple(vec![A::Bool(true)]), "True"),
        ("%s %r", tuple(vec![A::None, A::None]), "None None"),
        ("%x", tuple(vec![A::Bool(false)]), "0"),
        ("%d", tuple(vec![A::Big("1267650600228229401496703205376")]), "1267650600228229401496703205376"),
        ("%x", tuple(vec![A::Big("-1267650600228229401496703205376")]), "-10000000000000000000000000"),
        ("%,d", tuple(vec![A::Int(1)]), "!ValueError: unsupported format character ',' (0x2c) at index 1"),
        ("%f %e %g %E %G %F", tuple(vec![A::Float(1.5), A::Float(1.5), A::Float(1.5), A::Float(1.5), A::Float(1.5), A::Float(1.5)]), "1.500000 1.500000e+00 1.5 1.500000E+00 1.5 1.500000"),
        ("%.0f %.0f %.0f %.0f", tuple(vec![A::Float(0.5), A::Float(1.5), A::Float(2.5), A::Float(-0.5)]), "0 2 2 -0"),
        ("%.2f", tuple(vec![A::Float(2.675)]), "2.67"),
        ("%10.3f|%-10.3f|%010.3f|%+.3f|% .3f|%+010.2f", tuple(vec![A::Float(3.14259), A::Float(3.14259), A::Float(-3.14259), A::Float(3.14259), A::Float(3.14259), A::Float(-2.5)]), "     3.143|3.143     |-00003.143|+3.143| 3.143|-000002.50"),
        ("%g %g %g %g %g", tuple(vec![A::Float(1e+16), A::Float(1e-05), A::Float(123456789.0), A::Float(0.0001), A::Float(100000.0)]), "1e+16 1e-05 1.23457e+08 0.0001 100000"),
        ("%#g %#.0f %#.0e %#x", tuple(vec![A::Float(1.0), A::Float(3.0), A::Float(3.0), A::Int(0)]), "1.00000 3. 3.e+00 0x0"),
        ("%.3g %.10g %.0g %.1e", tuple(vec![A::Float(3.14259), A::Float(0.3333333333333333), A::Float(12345.0), A::Float(0.05)]), "3.14 0.3333333333 1e+04 5.0e-02"),
        ("%f", tuple(vec![A::Float(f64::INFINITY)]), "inf"),
        ("%5.1f|%-6f|%06f|%+f", tuple(vec![A::Float(f64::NAN), A::Float(f64::NAN), A::Float(f64::NAN), A::Float(f64::NAN)]), "  nan|nan   |000nan|+nan"),
        ("%e", tuple(vec![A::Float(f64::NEG_INFINITY)]), "-inf"),
        ("%F %E", tuple(vec![A::Float(f64::NAN), A::Float(f64::INFINITY)]), "NAN INF"),
        ("%f", tuple(vec![A::Int(10)]), "10.000000"),
        ("%e", tuple(vec![A::Big("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")]), "!OverflowError: int too large to convert to float"),
        ("%f", tuple(vec![A::Str("x")]), "!TypeError: must be real number, not str"),
        ("%g", tuple(vec![A::None]), "!TypeError: must be real number, not NoneType"),
        ("%.20f", tuple(vec![A::Float(0.1)]), "0.10000000000000000555"),
        ("%.3e", tuple(vec![A::Float(0.0)]), "0.000e+00"),
        ("%f", tuple(vec![A::Float(-0.0)]), "-0.000000"),
        ("%s %s", tuple(vec![A::Float(0.1), A::Float(-0.0)]), "0.1 -0.0"),
        ("%r", tuple(vec![A::Float(1e+16)]), "1e+16"),
        ("%c%c%c", tuple(vec![A::Int(65), A::Str("b"), A::Int(20013)]), "Ab\u{4e2d}"),
        ("%c", tuple(vec![A::Str("ab")]), "!TypeError: %c requires int or char"),
        ("%c", tuple(vec![A::Int(-1)]), "!OverflowError: %c arg not in range(0x110000)"),
        ("%c", tuple(vec![A::Int(1114112)]), "!OverflowError: %c arg not in range(0x110000)"),
        ("%c", tuple(vec![A::Float(1.5)]), "!TypeError: %c requires int or char"),
        ("%c", tuple(vec![A::None]), "!TypeError: %c requires int or char"),
        ("%c", tuple(vec![A::Big("1180591620717411303424")]), "!OverflowError: %c arg not in range(0x110000)"),
        ("%5c|%-5c", tuple(vec![A::Int(65), A::Int(66)]), "    A|B    "),
        ("%.1c", tuple(vec![A::Str("x")]), "x"),
        ("%.2s|%5.1s|%-6s|%6s", tuple(vec![A::Str("abc"), A::Str("xyz"), A::Str("ab"), A::Str("ab")]), "ab|    x|ab    |    ab"),
        ("%.0s!", tuple(vec![A::Str("abc")]), "!"),
        ("%5s", tuple(vec![A::Str("h\u{e9}llo")]), "h\u{e9}llo"),
        ("%-8r|", tuple(vec![A::Str("a")]), "'a'     |"),
        ("%*d|%-*d|%.*f|%*.*f", tuple(vec![A::Int(5), A::Int(1), A::Int(5), A::Int(1), A::Int(2), A::Float(3.14259), A::Int(8), A::Int(3), A::Float(2.0)]), "    1|1    |3.14|   2.000"),
        ("%*d", tuple(vec![A::Int(-6), A::Int(1)]), "1     "),
        ("%.*f", tuple(vec![A::Int(-3), A::Float(1.5)]), "2"),
        ("%*d", tuple(vec![A::Str("a"), A::Int(1)]), "!TypeError: * wants int"),
        ("%*d", tuple(vec![A::Float(1.5), A::Int(1)]), "!TypeError: * wants int"),
        ("%*d", tuple(vec![A::Int(5)]), "!TypeError: not enough arguments for format string"),
        ("%*", tuple(vec![A::Int(5)]), "!ValueError: incomplete format"),
        ("%.*", tuple(vec![A::Int(5)]), "!ValueError: incomplete format"),
        ("%ld %hd %Lf", tuple(vec![A::Int(1), A::Int(2), A::Float(3.0)]), "1 2 3.000000"),
        ("%(a)s %(b)d", mapping(vec![("a", A::Str("x")), ("b", A::Int(3))]), "x 3"),
        ("%(a)s", mapping(vec![("b", A::Int(1))]), "!KeyError: 'a'"),
        ("%(a)s %s", mapping(vec![("a", A::Int(1))]), "!TypeError: not enough arguments for format string"),
        ("%s", mapping(vec![("a", A::Int(1))]), "{'a': 1}"),
        ("%(a", mapping(vec![("a", A::Int(1))]), "!ValueError: incomplete format key"),
        ("%(a)", mapping(vec![("a", A::Int(1))]), "!ValueError: incomplete format"),
        ("%(a)s", tuple(vec![A::Int(1)]), "!TypeError: format requires a mapping"),
        ("%(a)s", single(A::Int(5)), "!TypeError: format requires a mapping"),
        ("%(a)05.1f|%(a)-7d|", mapping(vec![("a", A::Float(2.25))]), "002.2|2      |"),
        ("%((a))s", mapping(vec![("(a)", A::Str("p"))]), "p"),
        ("%s", single(A::List(vec![A::Int(1), A::Int(2)])), "[1, 2]"),
        ("abc", single(A::List(vec![A::Int(1)])), "abc"),
        ("%(a)s %%", mapping(vec![("a", A::Int(1))]), "1 %"),
        ("%s\u{e9}%s", tuple(vec![A::Str("\u{4e2d}"), A::Str("x")]), "\u{4e2d}\u{e9}x"),
        ("%d", tuple(vec![]), "!TypeError: not enough arguments for format string"),
        ("%s %s %s", tuple(vec![A::Str("a"), A::Str("b")]), "!TypeError: not enough arguments for format string"),
        ("", tuple(vec![]), ""),
        ("%s", tuple(vec![]), "!TypeError: not enough arguments for format string"),
        ("%s", tuple(vec![A::Tuple(vec![])]), "()"),
        ("%5.2%", tuple(vec![A::Int(1)]), "!ValueError: unsupported format character '%' (0x25) at index 4"),
    ]
}
