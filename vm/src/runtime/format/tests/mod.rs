//! Unit tests for `format`. Every expectation was produced by running
//! CPython 3.11; an expected string starting with `!` is the exception as
//! `Kind: message`.

mod percent;
mod template;
mod values;

use super::FormatError;

pub(super) fn outcome(result: Result<String, FormatError>) -> String {
    match result {
        Ok(text) => text,
        Err(e) => format!("!{:?}: {}", e.kind, e.message),
    }
}

pub(super) fn check<T: Copy + std::fmt::Debug>(
    cases: &[(T, &str, &str)],
    run: impl Fn(T, &str) -> Result<String, FormatError>,
) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(value, spec, expected)| {
            let got = outcome(run(value, spec));
            (got != expected)
                .then(|| format!("format({value:?}, {spec:?}): got {got:?}, CPython {expected:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A Python value as the tests' stand-in for the interpreter sees it.
#[derive(Clone, Debug)]
pub(super) enum A {
    Int(i64),
    Big(&'static str),
    Float(f64),
    Str(&'static str),
    Bool(bool),
    None,
    List(Vec<A>),
    Tuple(Vec<A>),
}

impl A {
    pub(super) fn type_name(&self) -> &'static str {
        match self {
            A::Int(_) | A::Big(_) => "int",
            A::Float(_) => "float",
            A::Str(_) => "str",
            A::Bool(_) => "bool",
            A::None => "NoneType",
            A::List(_) => "list",
            A::Tuple(_) => "tuple",
        }
    }

    pub(super) fn str(&self) -> String {
        match self {
            A::Str(s) => s.to_string(),
            _ => self.repr(),
        }
    }

    pub(super) fn repr(&self) -> String {
        let items = |items: &[A]| items.iter().map(A::repr).collect::<Vec<_>>().join(", ");
        match self {
            A::Int(n) => n.to_string(),
            A::Big(n) => n.to_string(),
            A::Float(x) => super::float_repr(*x),
            A::Str(s) => crate::runtime::strmethods::str_repr(s),
            A::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            A::None => "None".to_string(),
            A::List(v) => format!("[{}]", items(v)),
            A::Tuple(v) if v.len() == 1 => format!("({},)", items(v)),
            A::Tuple(v) => format!("({})", items(v)),
        }
    }

    pub(super) fn num(&self) -> Option<super::Num> {
        use num_bigint::BigInt;
        Some(match self {
            A::Int(n) => super::Num::Int(BigInt::from(*n)),
            A::Big(n) => super::Num::Int(n.parse().unwrap()),
            A::Bool(b) => super::Num::Int(BigInt::from(*b as i64)),
            A::Float(x) => super::Num::Float(*x),
            _ => return None,
        })
    }
}
