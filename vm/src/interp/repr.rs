//! `str()`, `repr()`, `format()` and `%`-formatting of values, on top of the pure
//! formatting functions in `runtime::format`.

use super::c_levels;
use super::error::{Exc, PyResult};
use super::number::Int;
use super::types::BuiltinType;
use super::Vm;
use crate::runtime::format::{self, FormatError, FormatErrorKind, Num, PercentArgs};
use crate::runtime::object::{DictViewKind, ObjBody};
use crate::runtime::strmethods;
use crate::runtime::value::Value;

/// The deepest nesting `repr` follows (each level is a native call: far below what
/// the VM thread's stack holds).
const MAX_REPR_DEPTH: usize = 100_000;

impl Vm {
    pub fn format_error(&mut self, e: FormatError) -> Exc {
        let t = match e.kind {
            FormatErrorKind::ValueError => BuiltinType::ValueError,
            FormatErrorKind::TypeError => BuiltinType::TypeError,
            FormatErrorKind::OverflowError => BuiltinType::OverflowError,
            FormatErrorKind::KeyError => BuiltinType::KeyError,
            FormatErrorKind::IndexError => BuiltinType::IndexError,
        };
        self.error(t, e.message)
    }

    /// `str(v)`
    pub fn str(&mut self, v: Value) -> PyResult<String> {
        match v.as_obj().map(|o| &o.body) {
            Some(ObjBody::Str(s)) => Ok(s.text.to_string()),
            // `PyObject_Str` enters a C level (`super::c_levels`) for the dunder.
            Some(ObjBody::Instance(_)) => self.in_c_level(c_levels::GETTING_STR, |vm| {
                if let Some(r) = vm.call_dunder(v, "__str__", &[])? {
                    return vm.expect_str(r, "__str__");
                }
                // `object.__str__` calls the type's `__repr__`, and `str()` checks what
                // it returned under its own name.
                if let Some(r) = vm.call_dunder(v, "__repr__", &[])? {
                    return vm.expect_str(r, "__str__");
                }
                vm.repr(v)
            }),
            Some(ObjBody::Exception(_)) => {
                self.check_c_levels(1, c_levels::GETTING_STR)?;
                if let Some(r) = self.call_dunder(v, "__str__", &[])? {
                    return self.expect_str(r, "__str__");
                }
                self.exception_str(v)
            }
            // `PyObject_Str`'s level, held while a container's items are repr'd (each
            // a level more, checked by `repr_into`); a number, bool or None has
            // nothing to call under it, so it is only checked.
            _ => {
                self.check_c_levels(1, c_levels::GETTING_STR)?;
                let held = usize::from(v.as_obj().is_some());
                self.under_checked_levels(held, |vm| {
                    let mut out = String::new();
                    vm.repr_into(v, &mut out, (0, 0))?;
                    Ok(out)
                })
            }
        }
    }

    fn expect_str(&mut self, r: Value, method: &str) -> PyResult<String> {
        match r.as_obj().map(|o| &o.body) {
            Some(ObjBody::Str(s)) => Ok(s.text.to_string()),
            _ => {
                let msg = format!("{method} returned non-string (type {})", self.type_name(r));
                Err(self.type_error(msg))
            }
        }
    }

    /// `repr(v)`, as CPython's `PyObject_Repr`: one C level (see `c_levels`).
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        let mut out = String::new();
        self.repr_into(v, &mut out, (0, 1))?;
        Ok(out)
    }

    /// The builtin `repr(v)`: the C levels of its call and of `PyObject_Repr` held
    /// (see `c_levels`) while a `__repr__` runs.
    pub fn builtin_repr(&mut self, v: Value) -> PyResult<String> {
        self.in_c_level(c_levels::CALLING, |vm| {
            vm.in_c_level(c_levels::GETTING_REPR, |vm| {
                let mut out = String::new();
                vm.repr_into(v, &mut out, (0, 0))?;
                Ok(out)
            })
        })
    }

    /// `level`: how deep `v` is nested in the value asked for, and how many C levels
    /// (the call's and `PyObject_Repr`'s) count above that without being held.
    fn repr_into(&mut self, v: Value, out: &mut String, level: (usize, usize)) -> PyResult<()> {
        let (depth, pending) = level;
        // Each nested container counts against the recursion limit, with the Python
        // frames below, as in CPython; and at most `MAX_REPR_DEPTH` (the native
        // stack, whatever `sys.setrecursionlimit` says).
        if self.depth() + depth + pending > self.recursion_limit || depth >= MAX_REPR_DEPTH {
            return Err(self.error(
                BuiltinType::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        if v.is_small_int() {
            out.push_str(&v.as_small_int().to_string());
            return Ok(());
        }
        if v.is_float() {
            out.push_str(&format::float_repr(v.as_float()));
            return Ok(());
        }
        if v.is_bool() {
            out.push_str(if v.as_bool() { "True" } else { "False" });
            return Ok(());
        }
        let Some(obj) = v.as_obj() else {
            out.push_str("None");
            return Ok(());
        };
        match &obj.body {
            ObjBody::Str(s) => out.push_str(&strmethods::str_repr(&s.text)),
            ObjBody::Int64(i) => out.push_str(&i.to_string()),
            ObjBody::BigInt(b) => match crate::runtime::format::int_str(b) {
                Ok(text) => out.push_str(&text),
                Err(e) => return Err(self.value_error(e.message)),
            },
            ObjBody::List(items) => {
                if self.repr_guard(v, out, "[...]") {
                    return Ok(());
                }
                let items = items.clone();
                out.push('[');
                let r = self.repr_items(&items, out, level);
                out.push(']');
                self.repr_unguard();
                r?;
            }
            ObjBody::Tuple(items) => {
                // A tuple can hold a list that holds it: guarded as CPython does
                // (the empty tuple holds nothing).
                if !items.is_empty() && self.repr_guard(v, out, "(...)") {
                    return Ok(());
                }
                let items = items.to_vec();
                out.push('(');
                let r = self.repr_items(&items, out, level);
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
                if !items.is_empty() {
                    self.repr_unguard();
                }
                r?;
            }
            ObjBody::Dict(d) => {
                if self.repr_guard(v, out, "{...}") {
                    return Ok(());
                }
                let pairs: Vec<(Value, Value)> = d.iter().collect();
                out.push('{');
                let r = (|| {
                    for (i, (k, val)) in pairs.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        self.repr_into(*k, out, (depth + 1, pending))?;
                        out.push_str(": ");
                        self.repr_into(*val, out, (depth + 1, pending))?;
                    }
                    Ok(())
                })();
                out.push('}');
                self.repr_unguard();
                r?;
            }
            ObjBody::Set(s) => {
                let items: Vec<Value> = s.iter().map(|(k, _)| k).collect();
                if items.is_empty() {
                    out.push_str("set()");
                } else {
                    out.push('{');
                    self.repr_items(&items, out, level)?;
                    out.push('}');
                }
            }
            ObjBody::Range(r) => {
                if r.step == 1 {
                    out.push_str(&format!("range({}, {})", r.start, r.stop));
                } else {
                    out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
                }
            }
            ObjBody::Slice(s) => {
                let (a, b, c) = (s.start, s.stop, s.step);
                out.push_str("slice(");
                self.repr_items(&[a, b, c], out, level)?;
                out.push(')');
            }
            ObjBody::Function(f) => {
                let q = self.codes[f.code as usize].qualname.clone();
                out.push_str(&format!(
                    "<function {q} at {:#x}>",
                    v.bits() & 0xFFFF_FFFF_FFFF
                ));
            }
            ObjBody::Builtin(b) => {
                let name = super::builtins::builtin_name(b.id);
                if let super::builtins::BuiltinId::Unbound(i) = b.id {
                    let t = super::methods::METHODS[i as usize].0.name();
                    out.push_str(&format!("<method '{name}' of '{t}' objects>"));
                } else if b.receiver.is_none() {
                    out.push_str(&format!("<built-in function {name}>"));
                } else {
                    let t = self.type_name(b.receiver);
                    out.push_str(&format!(
                        "<built-in method {name} of {t} object at {:#x}>",
                        b.receiver.bits() & 0xFFFF_FFFF_FFFF
                    ));
                }
            }
            ObjBody::BoundMethod(m) => {
                let (recv, func) = (m.receiver, m.func);
                let fname = match func.as_obj().map(|o| &o.body) {
                    Some(ObjBody::Function(f)) => self.codes[f.code as usize].qualname.clone(),
                    _ => "?".into(),
                };
                let r = self.repr(recv)?;
                out.push_str(&format!("<bound method {fname} of {r}>"));
            }
            ObjBody::Iter(_) => out.push_str(&format!(
                "<iterator object at {:#x}>",
                v.bits() & 0xFFFF_FFFF_FFFF
            )),
            ObjBody::Generator(g) => {
                let q = match g.func.as_obj().map(|o| &o.body) {
                    Some(ObjBody::Function(f)) => self.codes[f.code as usize].qualname.clone(),
                    _ => "?".into(),
                };
                out.push_str(&format!(
                    "<generator object {q} at {:#x}>",
                    v.bits() & 0xFFFF_FFFF_FFFF
                ));
            }
            ObjBody::Cell(_) => out.push_str("<cell>"),
            ObjBody::Class(c) => {
                if c.builtin.is_some() {
                    out.push_str(&format!("<class '{}'>", c.name));
                } else {
                    out.push_str(&format!("<class '__main__.{}'>", c.qualname));
                }
            }
            ObjBody::Instance(_) => {
                // The C levels checked above are held while `__repr__` runs.
                let held = depth + pending;
                let r = self.under_checked_levels(held, |vm| vm.call_dunder(v, "__repr__", &[]));
                if let Some(r) = r? {
                    let s = self.expect_str(r, "__repr__")?;
                    out.push_str(&s);
                } else if self.is_not_implemented(v) {
                    out.push_str("NotImplemented");
                } else {
                    out.push_str(&self.default_repr(v));
                }
            }
            ObjBody::Exception(_) => {
                let held = depth + pending;
                let r = self.under_checked_levels(held, |vm| vm.call_dunder(v, "__repr__", &[]));
                if let Some(r) = r? {
                    let s = self.expect_str(r, "__repr__")?;
                    out.push_str(&s);
                } else {
                    self.exception_repr_into(v, out, level)?;
                }
            }
            ObjBody::Module(m) => out.push_str(&format!("<module '{}' (built-in)>", m.name)),
            ObjBody::DictView(view) => {
                let (dict, kind) = (view.dict, view.kind);
                let name = match kind {
                    DictViewKind::Keys => "dict_keys",
                    DictViewKind::Values => "dict_values",
                    DictViewKind::Items => "dict_items",
                };
                let _ = dict;
                if self.repr_guard(v, out, "...") {
                    return Ok(());
                }
                let items = self.collect_iterable(v);
                let r = items.and_then(|items| {
                    out.push_str(name);
                    out.push_str("([");
                    let r = self.repr_items(&items, out, level);
                    out.push_str("])");
                    r
                });
                self.repr_unguard();
                r?;
            }
        }
        Ok(())
    }

    /// `object.__repr__`: `<__main__.C object at 0x...>`.
    pub fn default_repr(&self, v: Value) -> String {
        let name = match self.type_of(v).as_obj().map(|o| &o.body) {
            Some(ObjBody::Class(c)) => c.qualname.to_string(),
            _ => self.type_name(v),
        };
        format!(
            "<__main__.{name} object at {:#x}>",
            v.bits() & 0xFFFF_FFFF_FFFF
        )
    }

    /// `BaseException.__repr__`: `ValueError('x')`.
    pub fn exception_default_repr(&mut self, v: Value) -> PyResult<String> {
        let mut out = String::new();
        self.exception_repr_into(v, &mut out, (0, 2))?;
        Ok(out)
    }

    fn exception_repr_into(
        &mut self,
        v: Value,
        out: &mut String,
        level: (usize, usize),
    ) -> PyResult<()> {
        let args = match &v.as_obj().expect("exception").body {
            ObjBody::Exception(e) => e.args,
            _ => unreachable!("exception repr of a non-exception"),
        };
        let items = match &args.as_obj().expect("tuple").body {
            ObjBody::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        out.push_str(&self.type_name(v));
        out.push('(');
        self.repr_items(&items, out, level)?;
        out.push(')');
        Ok(())
    }

    fn repr_items(
        &mut self,
        items: &[Value],
        out: &mut String,
        level: (usize, usize),
    ) -> PyResult<()> {
        let (depth, pending) = level;
        for (i, &item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.repr_into(item, out, (depth + 1, pending))?;
        }
        Ok(())
    }

    /// Guards against infinite recursion through self-containing lists and dicts:
    /// returns true (after writing the placeholder) when `v` is already being printed.
    fn repr_guard(&mut self, v: Value, out: &mut String, placeholder: &str) -> bool {
        if self.repr_stack.contains(&v) {
            out.push_str(placeholder);
            return true;
        }
        self.repr_stack.push(v);
        false
    }

    fn repr_unguard(&mut self) {
        self.repr_stack.pop();
    }

    /// `format(v, spec)` with an optional `!s`/`!r`/`!a` conversion first (f-strings).
    pub fn format_value(&mut self, v: Value, conv: u8, spec: Value) -> PyResult<Value> {
        let spec_text = if spec.is_none() {
            ""
        } else {
            self.str_ref(spec)
        };
        let v = match conv {
            b's' => {
                let s = self.str(v)?;
                self.new_str(s)
            }
            b'r' => {
                let s = self.repr(v)?;
                self.new_str(s)
            }
            b'a' => {
                let s = self.repr(v)?;
                self.new_str(strmethods::ascii_escape(&s))
            }
            _ => v,
        };
        if spec_text.is_empty() {
            if let Some(ObjBody::Str(_)) = v.as_obj().map(|o| &o.body) {
                return Ok(v);
            }
        }
        let spec_text = spec_text.to_owned();
        let s = self.format_to_string(v, &spec_text)?;
        Ok(self.new_str(s))
    }

    /// `format(v, spec)`: an instance's `__format__`, also with an empty spec (as
    /// `PyObject_Format` calls it); else `str(v)` for an empty spec, else the
    /// built-in types' formatting.
    pub fn format_to_string(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            if let Some(ObjBody::Instance(_)) = v.as_obj().map(|o| &o.body) {
                let empty = self.empty_str;
                if let Some(r) = self.call_dunder(v, "__format__", &[empty])? {
                    return self.expect_str(r, "__format__");
                }
                // `object.__format__`, a C method called as one, then `str(v)`.
                return self.in_c_level(c_levels::CALLING, |vm| vm.str(v));
            }
            // An int is formatted by `str` directly; other types' `__format__` is a C
            // method called as one, which calls `str(v)`.
            if v.is_bool() || Vm::as_int(v).is_none() {
                return self.in_c_level(c_levels::CALLING, |vm| vm.str(v));
            }
            return self.str(v);
        }
        self.format_with_spec(v, spec)
    }

    /// A `str.format` field: CPython formats an exact str, int or float itself,
    /// without calling its `__format__` (nor counting that call's C level; a float
    /// with an empty spec is `str(v)`, which counts one), else as `format(v, spec)`.
    pub fn format_field(&mut self, v: Value, spec: &str) -> PyResult<String> {
        let exact_int = !v.is_bool() && Vm::as_int(v).is_some();
        let exact_str = matches!(v.as_obj().map(|o| &o.body), Some(ObjBody::Str(_)));
        if exact_int || exact_str || (v.is_float() && !spec.is_empty()) {
            return self.format_unchecked(v, spec);
        }
        if v.is_float() {
            return self.str(v);
        }
        self.format_to_string(v, spec)
    }

    /// `format(v, spec)` for a non-empty spec.
    pub fn format_with_spec(&mut self, v: Value, spec: &str) -> PyResult<String> {
        // CPython calls the type's `__format__`: a built-in type's is a C method, a
        // level for a moment (see `c_levels`).
        if !matches!(v.as_obj().map(|o| &o.body), Some(ObjBody::Instance(_))) {
            self.check_c_levels(1, c_levels::CALLING)?;
        }
        self.format_unchecked(v, spec)
    }

    /// [`Vm::format_with_spec`] without its C level; an empty spec formats an int
    /// or a str as `str` does.
    fn format_unchecked(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            if let Some(ObjBody::Str(s)) = v.as_obj().map(|o| &o.body) {
                return Ok(s.text.to_string());
            }
            match Vm::as_int(v) {
                Some(Int::Small(i)) => return Ok(i.to_string()),
                Some(Int::Big(b)) => {
                    return format::int_str(b).map_err(|e| self.value_error(e.message));
                }
                None => {}
            }
        }
        // A bool with a non-empty spec formats as its int (`f"{True:>3}"` is "  1").
        let r = if let Some(i) = Vm::as_int(v) {
            match i {
                Int::Small(i) => format::format_i64(i, spec),
                Int::Big(b) => format::format_int(b, spec),
            }
        } else if v.is_float() {
            format::format_float(v.as_float(), spec)
        } else {
            match v.as_obj().map(|o| &o.body) {
                Some(ObjBody::Str(s)) => format::format_str(&s.text, spec),
                Some(ObjBody::Instance(_)) => {
                    let spec_v = self.new_str(spec.to_string());
                    if let Some(r) = self.call_dunder(v, "__format__", &[spec_v])? {
                        return self.expect_str(r, "__format__");
                    }
                    let msg = format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    );
                    return Err(self.type_error(msg));
                }
                _ => {
                    let msg = format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    );
                    return Err(self.type_error(msg));
                }
            }
        };
        r.map_err(|mut e| {
            if v.is_bool() {
                e.message = e.message.replace("of type 'int'", "of type 'bool'");
            }
            self.format_error(e)
        })
    }

    /// `fmt % args`
    pub fn percent_format(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        let text = self.str_ref(fmt);
        let (items, is_tuple) = match args.as_obj().map(|o| &o.body) {
            Some(ObjBody::Tuple(t)) => (t.to_vec(), true),
            _ => (vec![args], false),
        };
        // CPython takes any subscriptable non-tuple as the mapping (a list too).
        let is_mapping = matches!(
            args.as_obj().map(|o| &o.body),
            Some(ObjBody::Dict(_) | ObjBody::List(_))
        );
        let mut source = PercentSource {
            vm: self,
            items,
            is_tuple,
            is_mapping,
            mapping: args,
            error: None,
        };
        let r = format::percent_format(text, &mut source);
        let pending = source.error.take();
        let out = match (r, pending) {
            (_, Some(e)) => return Err(e),
            (Ok(s), None) => s,
            (Err(e), None) => return Err(self.format_error(e)),
        };
        Ok(self.new_str(out))
    }
}

/// The right operand of `%`, as the formatter sees it. Errors raised by Python code
/// (a user `__str__`) are kept and re-raised as they are.
struct PercentSource<'v> {
    vm: &'v mut Vm,
    items: Vec<Value>,
    is_tuple: bool,
    is_mapping: bool,
    mapping: Value,
    error: Option<Exc>,
}

impl PercentSource<'_> {
    fn stash(&mut self, e: Exc) -> FormatError {
        let msg = self.vm.exception_line(e.0);
        self.error = Some(e);
        FormatError::new(FormatErrorKind::ValueError, msg)
    }
}

impl PercentArgs for PercentSource<'_> {
    fn count(&self) -> usize {
        self.items.len()
    }

    fn is_tuple(&self) -> bool {
        self.is_tuple
    }

    fn str_of(&mut self, i: usize) -> Result<String, FormatError> {
        let v = self.items[i];
        self.vm.str(v).map_err(|e| self.stash(e))
    }

    fn repr_of(&mut self, i: usize) -> Result<String, FormatError> {
        let v = self.items[i];
        self.vm.repr(v).map_err(|e| self.stash(e))
    }

    fn num_of(&mut self, i: usize, conv: char) -> Result<Num, FormatError> {
        let v = self.items[i];
        if v.is_float() {
            return Ok(Num::Float(v.as_float()));
        }
        match Vm::as_int(v) {
            Some(i) => Ok(Num::Int(i.to_big())),
            None => Err(format::percent_type_error(conv, &self.vm.type_name(v))),
        }
    }

    fn type_name(&self, i: usize) -> String {
        self.vm.type_name(self.items[i])
    }

    fn is_mapping(&self) -> bool {
        self.is_mapping
    }

    fn mapping_item(&mut self, key: &str) -> Result<usize, FormatError> {
        let k = self.vm.new_str(key.to_string());
        match self.vm.get_item(self.mapping, k) {
            Ok(v) => {
                self.items.push(v);
                Ok(self.items.len() - 1)
            }
            Err(e) => Err(self.stash(e)),
        }
    }
}
