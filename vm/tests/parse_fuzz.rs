//! Robustness of the parser: whatever the input bytes, `parse` returns `Ok` or `Err`
//! — no panic, no stack overflow, no super-linear time.

use krait::syntax::{parse, ParseErrorKind};
use proptest::prelude::*;

/// Valid programs whose truncations and mutations exercise every part of the grammar.
const PROGRAMS: &[&str] = &[
    r#"
import math
from math import sqrt as root, pi

def fib(n, *args, memo=None, **kw):
    """Doc."""
    if n < 2:
        return n
    elif n == 2: return 1
    else:
        return fib(n - 1) + fib(n - 2)

class Point(Base):
    @property
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** -2) ** 0.5

for i, (a, b) in enumerate(zip(xs, ys)):
    if a is not b and not a in ys: continue
    while True:
        break
    else:
        pass
print(f"{x!r:>{width}} {y=} {{}}", 'a' "b", sep='')
"#,
    r#"
try:
    x = [i * 2 for i in range(10) if i % 3 for j in 'ab']
    d = {k: v for k, v in d.items()}; s = {*a, *b}
except (ValueError, KeyError) as e:
    raise RuntimeError("bad") from e
except Exception:
    raise
else:
    del x[0], d['k']
finally:
    assert x, "msg"
lam = lambda a, b=2, *c, d, **e: a if b else c
g = (y for y in x)
def gen():
    nonlocal_ = yield
    yield from range(3)
    global g
x[1:2, ::3] = a, *b = c = -1 ** 2 // 3 @ m
x <<= 0x_ff + 0o17 + 0b1 + 1_000.5e-3 + .5 + 1.
"#,
    "if a:\n\tif b:\n\t\tc = '''multi\nline''' \\\n + r'\\d'\n",
];

/// Tokens of a Python-like language, for random token soup.
const ALPHABET: &[&str] = &[
    "if", "elif", "else", "for", "while", "in", "not", "and", "or", "is", "def", "class", "return",
    "yield", "from", "lambda", "try", "except", "finally", "raise", "with", "async", "await",
    "match", "case", "import", "global", "nonlocal", "del", "pass", "break", "continue", "None",
    "True", "x", "y", "print", "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", "+",
    "-", "*", "**", "/", "//", "%", "@", "<", ">", "!=", "+=", ":=", "->", "~", "|", "&", "^",
    "...", "'", "\"", "'''", "f'", "f\"{", "b'", "\\", "#", "\n", "\n    ", "\n\t", "    ", "0",
    "1", "9", "0x", "1e", "1_", "1.5", "1j", " ",
];

fn parse_returns(source: &[u8]) {
    let _ = parse(source, "fuzz.py");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        parse_returns(&bytes);
    }

    #[test]
    fn token_soup(tokens in proptest::collection::vec(proptest::sample::select(ALPHABET), 0..64)) {
        parse_returns(tokens.join(" ").as_bytes());
        parse_returns(tokens.concat().as_bytes());
    }

    #[test]
    fn truncated_programs(program in 0..PROGRAMS.len(), cut in any::<prop::sample::Index>()) {
        let source = PROGRAMS[program].as_bytes();
        parse_returns(&source[..cut.index(source.len() + 1)]);
    }

    #[test]
    fn mutated_programs(
        program in 0..PROGRAMS.len(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..8),
    ) {
        let mut source = PROGRAMS[program].as_bytes().to_vec();
        for (at, byte, action) in edits {
            let i = at.index(source.len() + 1);
            match action {
                0 => source.insert(i, byte),
                1 if i < source.len() => { source.remove(i); }
                _ if i < source.len() => source[i] = byte,
                _ => {}
            }
        }
        parse_returns(&source);
    }
}

#[test]
fn valid_programs_parse() {
    for program in PROGRAMS {
        if let Err(e) = parse(program.as_bytes(), "ok.py") {
            panic!("{e:?} in\n{program}");
        }
    }
}

#[test]
fn megabyte_program_parses_in_linear_time() {
    let chunk = "def f(a, b=1):\n    x = [a * i for i in range(b)]\n    return {'k': x, **d}\n";
    let source = chunk.repeat(1_000_000 / chunk.len());
    let start = std::time::Instant::now();
    let module = parse(source.as_bytes(), "big.py").expect("valid program");
    assert_eq!(module.body.len(), 1_000_000 / chunk.len());
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());

    let long_line = format!("x = [1{}]\n", ", 1".repeat(250_000));
    assert!(parse(long_line.as_bytes(), "line.py").is_ok());
    // A 250,000-deep tree of `+` is refused, as CPython's compiler refuses it.
    let long_chain = format!("x = 1{}\n", " + 1".repeat(250_000));
    assert_eq!(parse_on_stack(long_chain), too_deep());
}

/// Runs `parse` on a 64 MiB stack: what the deepest input it accepts takes, with
/// room to spare, in the test profile (the CLI gives it 512 MiB).
fn parse_on_stack(source: String) -> Result<(), (ParseErrorKind, String)> {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            parse(source.as_bytes(), "deep.py")
                .map(|_| ())
                .map_err(|e| (e.kind, e.message))
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

/// CPython's compiler error for a tree nested too deeply.
fn too_deep() -> Result<(), (ParseErrorKind, String)> {
    Err((
        ParseErrorKind::Recursion,
        "maximum recursion depth exceeded during compilation".into(),
    ))
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let parens = format!("x = {}", "(".repeat(10_000));
    assert_eq!(
        parse_on_stack(parens),
        Err((ParseErrorKind::Syntax, "too many nested parentheses".into()))
    );
    for deep in [
        format!("x = {}1", "-".repeat(100_000)),
        format!("x = {}1", "not ".repeat(100_000)),
        format!("x = {}1", "lambda: ".repeat(100_000)),
        format!("x = 1{}", "**1".repeat(100_000)),
        format!("x = 1{}", " if 1 else 1".repeat(100_000)),
        format!("x = a{}", ".b".repeat(100_000)),
        format!("x = 1{}", " + 1".repeat(100_000)),
        format!("if x: pass\n{}", "elif x: pass\n".repeat(100_000)),
    ] {
        assert_eq!(parse_on_stack(deep), too_deep());
    }
    let indented = (0..1000)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect::<String>();
    assert_eq!(
        parse_on_stack(indented),
        Err((
            ParseErrorKind::Indentation,
            "too many levels of indentation".into()
        ))
    );
}

/// The deepest of each shape CPython 3.11 compiles (one level more fails there, see
/// `corpus/errors/syntax/compile_depth_*.py`) parses, and one level more does not.
#[test]
fn nesting_up_to_cpythons_limits_parses() {
    let deepest = [
        (format!("x = {}1{}", "[".repeat(200), "]".repeat(200)), None),
        (
            format!("x = {}1{}", "f(".repeat(200), ")".repeat(200)),
            None,
        ),
        (
            format!("x = 1{}", " + 1".repeat(2998)),
            Some(format!("x = 1{}", " + 1".repeat(2999))),
        ),
        (
            format!("x = {}1", "-".repeat(2998)),
            Some(format!("x = {}1", "-".repeat(2999))),
        ),
        (
            format!("x = {}1", "not ".repeat(2998)),
            Some(format!("x = {}1", "not ".repeat(2999))),
        ),
        (
            format!("x = 1{}", " if c else 1".repeat(2998)),
            Some(format!("x = 1{}", " if c else 1".repeat(2999))),
        ),
        (
            format!("x = a{}", ".b".repeat(2998)),
            Some(format!("x = a{}", ".b".repeat(2999))),
        ),
        (
            format!("if x: pass\n{}", "elif x: pass\n".repeat(2998)),
            Some(format!("if x: pass\n{}", "elif x: pass\n".repeat(2999))),
        ),
        (
            (0..99)
                .map(|i| format!("{}if x:\n", " ".repeat(i)))
                .collect::<String>()
                + &" ".repeat(99)
                + "pass\n",
            None,
        ),
        (
            (0..99)
                .map(|i| format!("{}def f():\n", " ".repeat(i)))
                .collect::<String>()
                + &" ".repeat(99)
                + &format!("x = {}1{}\n", "{1:".repeat(150), "}".repeat(150)),
            None,
        ),
    ];
    for (fine, one_more) in deepest {
        assert_eq!(parse_on_stack(fine.clone()), Ok(()), "{:.60}", fine);
        if let Some(deeper) = one_more {
            assert_eq!(parse_on_stack(deeper), too_deep());
        }
    }
}
