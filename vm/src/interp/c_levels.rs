//! The levels of C recursion CPython 3.11 enters around calls of built-in functions,
//! which count against the recursion limit with the Python frames: which level
//! overflows first decides a RecursionError's message (`maximum recursion depth
//! exceeded while calling a Python object`), and a level held while the builtin
//! calls back into Python code (`max(xs, key=f)`, `print(obj)` with a `__str__`)
//! counts under every frame that code pushes.
//!
//! CPython enters a level (`_Py_EnterRecursiveCall`) where it calls a C function
//! through a path that checks: functions and method descriptors flagged `METH_O`,
//! `METH_NOARGS` or plain `METH_VARARGS` always, `METH_FASTCALL` ones (and `len`,
//! `L.append(x)`) only from a call site not specialized yet, and types without a
//! vectorcall (`int(x)`). A code object's sites are specialized once it has been
//! entered or has jumped back in a loop 8 times (`CodeObject::warmup`, counted in
//! every tier). `str`, `repr` and `format` of a value count their own levels
//! (`repr.rs`), `print` its write, a generator's creation its frame (`call.rs`).
//! Measured against CPython 3.11.7 by probing each builtin at the bottom of a
//! recursion, from code run once and run ten times (`corpus/errors/recursion/
//! c_levels_*.py` keep the probes); what is left out is listed in
//! `docs/known-failures/README.md`.

use super::builtins::{BuiltinId, FUNCTIONS};
use super::methods::METHODS;
use super::types::BuiltinType;
use super::Vm;
use crate::bytecode::WARM;
use std::sync::OnceLock;

pub(crate) const CALLING: &str = " while calling a Python object";
pub(crate) const GETTING_STR: &str = " while getting the str of an object";
pub(crate) const GETTING_REPR: &str = " while getting the repr of an object";

/// Enters a level at every call site.
const ALWAYS: u8 = 1;
/// Enters a level at a call site that is not specialized (module code).
const UNSPECIALIZED: u8 = 2;
/// Runs no Python code, whatever its arguments: its levels need only be checked,
/// not held (nothing can be called under them).
const LEAF: u8 = 4;

/// Builtin functions whose call enters a level wherever it is called: `METH_O`,
/// `METH_NOARGS` and `METH_VARARGS` functions (less `len`, which CPython
/// specializes to a call that does not check), those that call a C function
/// through a checking path themselves (`sorted` calls `list.sort`, `round` the
/// number's `__round__`: one level more from a site not specialized, as they are
/// `METH_FASTCALL`), and types without a vectorcall.
const ALWAYS_FUNCTIONS: &[&str] = &[
    "hash",
    "callable",
    "id",
    "abs",
    "chr",
    "ord",
    "hex",
    "oct",
    "bin",
    "min",
    "max",
    "any",
    "all",
    "sorted",
    "round",
    "reversed",
    "zip",
    "math.sqrt",
    "math.exp",
    "math.sin",
    "math.cos",
    "math.tan",
    "math.asin",
    "math.acos",
    "math.atan",
    "math.sinh",
    "math.cosh",
    "math.tanh",
    "math.asinh",
    "math.acosh",
    "math.atanh",
    "math.log",
    "math.log2",
    "math.log10",
    "math.log1p",
    "math.expm1",
    "math.fabs",
    "math.floor",
    "math.ceil",
    "math.trunc",
    "math.isfinite",
    "math.isinf",
    "math.isnan",
    "math.degrees",
    "math.radians",
    "math.fsum",
    "math.factorial",
    "math.isqrt",
    "sys.setrecursionlimit",
    "sys.exit",
    "sys.getrecursionlimit",
];

/// Builtin functions that are C functions but check only from a site not
/// specialized yet (`METH_FASTCALL`, and `len`, specialized to a call that does
/// not check). Types with a vectorcall (`list`, `map`) are in neither list.
const UNSPECIALIZED_FUNCTIONS: &[&str] = &[
    "print",
    "len",
    "sorted",
    "round",
    "format",
    "isinstance",
    "issubclass",
    "iter",
    "next",
    "hasattr",
    "getattr",
    "setattr",
    "delattr",
    "divmod",
    "pow",
    "sum",
    "math.atan2",
    "math.pow",
    "math.copysign",
    "math.fmod",
    "math.hypot",
    "math.isclose",
    "math.prod",
    "math.gcd",
    "math.lcm",
    "math.comb",
    "math.perm",
];

/// Methods of built-in types that are `METH_FASTCALL` (the others of
/// [`METHODS`], less the dunders, are `METH_O`, `METH_NOARGS` or `METH_VARARGS`).
const FASTCALL_METHODS: &[(BuiltinType, &str)] = &[
    (BuiltinType::List, "pop"),
    (BuiltinType::List, "insert"),
    (BuiltinType::List, "index"),
    (BuiltinType::List, "sort"),
    (BuiltinType::Tuple, "index"),
    (BuiltinType::Str, "split"),
    (BuiltinType::Str, "rsplit"),
    (BuiltinType::Str, "splitlines"),
    (BuiltinType::Str, "strip"),
    (BuiltinType::Str, "lstrip"),
    (BuiltinType::Str, "rstrip"),
    (BuiltinType::Str, "replace"),
    (BuiltinType::Str, "center"),
    (BuiltinType::Str, "ljust"),
    (BuiltinType::Str, "rjust"),
    (BuiltinType::Str, "expandtabs"),
    (BuiltinType::Dict, "get"),
    (BuiltinType::Dict, "pop"),
    (BuiltinType::Dict, "setdefault"),
    // `L.append(x)` as a statement is specialized to a call that does not check.
    (BuiltinType::List, "append"),
];

fn function_levels() -> &'static [u8] {
    static LEVELS: OnceLock<Vec<u8>> = OnceLock::new();
    LEVELS.get_or_init(|| {
        FUNCTIONS
            .iter()
            .map(|(name, _)| {
                let always = if ALWAYS_FUNCTIONS.contains(name) {
                    ALWAYS
                } else {
                    0
                };
                let leaf = if LEAF_FUNCTIONS.contains(name) {
                    LEAF
                } else {
                    0
                };
                let unspecialized = if UNSPECIALIZED_FUNCTIONS.contains(name) {
                    UNSPECIALIZED
                } else {
                    0
                };
                always | unspecialized | leaf
            })
            .collect()
    })
}

/// Builtin functions that call no Python code (see [`LEAF`]).
const LEAF_FUNCTIONS: &[&str] = &["chr", "ord", "hex", "oct", "bin", "id", "callable"];

/// Whether a method of a built-in type calls no Python code: a str's methods
/// (less `join`, which iterates, and `format`), and a few that only read their
/// receiver.
fn leaf_method(t: BuiltinType, name: &str) -> bool {
    match t {
        BuiltinType::Str => name != "join" && name != "format",
        BuiltinType::Int | BuiltinType::Float => true,
        BuiltinType::Dict => matches!(name, "keys" | "values" | "items"),
        BuiltinType::List => matches!(name, "copy" | "reverse"),
        _ => false,
    }
}

fn method_levels() -> &'static [u8] {
    static LEVELS: OnceLock<Vec<u8>> = OnceLock::new();
    LEVELS.get_or_init(|| {
        METHODS
            .iter()
            .map(|&(t, name, _)| {
                let leaf = if leaf_method(t, name) { LEAF } else { 0 };
                if name.starts_with("__") {
                    0
                } else if FASTCALL_METHODS.contains(&(t, name)) {
                    UNSPECIALIZED | leaf
                } else {
                    ALWAYS | leaf
                }
            })
            .collect()
    })
}

impl Vm {
    /// Whether the running code's call sites are not specialized yet: it has been
    /// entered or looped fewer than [`WARM`] times.
    pub(crate) fn at_unspecialized_site(&self) -> bool {
        self.frames
            .last()
            .is_some_and(|f| self.codes[f.code as usize].warmup.get() < WARM)
    }

    /// The C levels CPython enters for a call of builtin `id` from the running
    /// code, and whether the builtin must hold them while it runs (it may call
    /// Python code) or only check them.
    #[inline]
    pub(crate) fn builtin_levels(&self, id: BuiltinId) -> (usize, bool) {
        let bits = match id {
            BuiltinId::Function(i) => function_levels()[i as usize],
            BuiltinId::Method(i) | BuiltinId::Unbound(i) => method_levels()[i as usize],
        };
        let n = usize::from(bits & ALWAYS)
            + usize::from(bits & UNSPECIALIZED != 0 && self.at_unspecialized_site());
        (n, bits & LEAF == 0)
    }

    /// Enters the levels of [`Vm::builtin_levels`] (left by
    /// [`Vm::leave_builtin_levels`] when `hold`).
    #[inline(always)]
    pub(crate) fn enter_builtin_levels(
        &mut self,
        (n, hold): (usize, bool),
    ) -> super::error::PyResult<()> {
        if n == 0 {
            return Ok(());
        }
        self.check_c_levels(n, CALLING)?;
        if hold {
            self.add_c_levels(n);
        }
        Ok(())
    }

    #[inline(always)]
    pub(crate) fn leave_builtin_levels(&mut self, (n, hold): (usize, bool)) {
        if n != 0 && hold {
            self.remove_c_levels(n);
        }
    }

    /// Checks that `n` more C levels fit under the recursion limit, as a C function
    /// that enters them and leaves before returning (`why` in the RecursionError).
    #[inline]
    pub(crate) fn check_c_levels(&mut self, n: usize, why: &str) -> super::error::PyResult<()> {
        // `frame_cap` is the limit less the C levels held.
        if self.frames.len() + n > self.frame_cap {
            return Err(self.c_levels_exceeded(why));
        }
        Ok(())
    }

    /// Runs `f` inside `n` C levels (`why` in the RecursionError past the limit).
    #[inline]
    pub(crate) fn in_c_levels<R>(
        &mut self,
        n: usize,
        why: &str,
        f: impl FnOnce(&mut Vm) -> super::error::PyResult<R>,
    ) -> super::error::PyResult<R> {
        self.check_c_levels(n, why)?;
        self.under_checked_levels(n, f)
    }

    #[cold]
    #[inline(never)]
    fn c_levels_exceeded(&mut self, why: &str) -> super::error::Exc {
        self.error(
            super::types::BuiltinType::RecursionError,
            format!("maximum recursion depth exceeded{why}"),
        )
    }

    /// Runs `f` with `n` more C levels counted, already checked (the levels a
    /// `repr` of nested containers has checked at each depth).
    #[inline]
    pub(crate) fn under_checked_levels<R>(&mut self, n: usize, f: impl FnOnce(&mut Vm) -> R) -> R {
        self.add_c_levels(n);
        let r = f(self);
        self.remove_c_levels(n);
        r
    }

    /// Counts `n` more C levels in progress; the frames may go that much less deep.
    #[inline(always)]
    fn add_c_levels(&mut self, n: usize) {
        self.c_depth += n;
        self.sync_frame_limit();
    }

    #[inline(always)]
    fn remove_c_levels(&mut self, n: usize) {
        self.c_depth -= n;
        self.sync_frame_limit();
    }

    /// Enters one level of C recursion, as CPython's `_Py_EnterRecursiveCall(where)`:
    /// a RecursionError ending in `where` past the limit.
    pub(crate) fn enter_c_level(&mut self, why: &str) -> super::error::PyResult<()> {
        self.check_c_levels(1, why)?;
        self.add_c_levels(1);
        Ok(())
    }

    /// Leaves the level [`Vm::enter_c_level`] entered.
    pub(crate) fn leave_c_level(&mut self) {
        self.remove_c_levels(1);
    }

    /// Runs `f` inside one C level (`why` in the RecursionError past the limit).
    #[inline]
    pub(crate) fn in_c_level<R>(
        &mut self,
        why: &str,
        f: impl FnOnce(&mut Vm) -> super::error::PyResult<R>,
    ) -> super::error::PyResult<R> {
        self.in_c_levels(1, why, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name misspelled in the lists would silently count no level.
    #[test]
    fn every_listed_builtin_exists() {
        let functions: Vec<&str> = FUNCTIONS.iter().map(|(name, _)| *name).collect();
        for name in ALWAYS_FUNCTIONS
            .iter()
            .chain(UNSPECIALIZED_FUNCTIONS)
            .chain(LEAF_FUNCTIONS)
        {
            assert!(functions.contains(name), "{name} is not a builtin function");
        }
        for &(t, name) in FASTCALL_METHODS {
            assert!(
                METHODS.iter().any(|&(mt, mn, _)| mt == t && mn == name),
                "{name} is not a method of {}",
                t.name()
            );
        }
    }

    #[test]
    fn levels_follow_the_flags() {
        let level_of = |name: &str| {
            let i = FUNCTIONS.iter().position(|(n, _)| *n == name).unwrap();
            function_levels()[i]
        };
        assert_eq!(level_of("abs"), ALWAYS);
        assert_eq!(level_of("len"), UNSPECIALIZED);
        assert_eq!(level_of("sorted"), ALWAYS | UNSPECIALIZED);
        assert_eq!(level_of("chr"), ALWAYS | LEAF);
        assert_eq!(level_of("map"), 0);
        let method_of = |t: BuiltinType, name: &str| {
            let i = METHODS
                .iter()
                .position(|&(mt, mn, _)| mt == t && mn == name)
                .unwrap();
            method_levels()[i]
        };
        assert_eq!(method_of(BuiltinType::Str, "lower"), ALWAYS | LEAF);
        assert_eq!(method_of(BuiltinType::Str, "split"), UNSPECIALIZED | LEAF);
        assert_eq!(method_of(BuiltinType::Str, "join"), ALWAYS);
        assert_eq!(method_of(BuiltinType::List, "append"), UNSPECIALIZED);
        assert_eq!(method_of(BuiltinType::Set, "add"), ALWAYS);
    }
}
