//! Attribute access: instances, classes (with inheritance), modules, exceptions,
//! methods of built-in types; dunder lookup; descriptors for `@staticmethod`,
//! `@classmethod` and `@property`.

use super::builtins::BuiltinId;
use super::error::{Exc, PyResult};
use super::types::BuiltinType;
use super::Vm;
use crate::runtime::object::ObjBody;
use crate::runtime::value::Value;

impl Vm {
    /// A str value for a name used by the runtime itself (`"__init__"`), allocated once.
    pub fn intern(&mut self, name: &'static str) -> Value {
        if let Some(&v) = self.interned.get(name) {
            return v;
        }
        let v = self.new_str(name.to_string());
        self.interned.insert(name, v);
        v
    }

    /// The text of a str value. Names in code objects are always str.
    pub fn str_ref(&self, v: Value) -> &'static str {
        match v.as_obj().map(|o| &o.body) {
            Some(ObjBody::Str(s)) => &s.text,
            _ => "",
        }
    }

    fn attrs_get(&mut self, dict: &crate::runtime::dict::PyDict, name: Value) -> Option<Value> {
        let text = self.str_ref(name);
        let h = match self.hash(name) {
            Ok(h) => h,
            Err(_) => return None,
        };
        dict.get(h, |k| k == name || self.str_ref(k) == text)
    }

    /// An attribute found on `class` or its bases, without binding.
    pub fn lookup_class_attr(&mut self, class: Value, name: Value) -> Option<Value> {
        let mut c = class;
        while let Some(obj) = c.as_obj() {
            let ObjBody::Class(cls) = &obj.body else {
                return None;
            };
            if let Some(v) = self.attrs_get(&cls.attrs, name) {
                return Some(v);
            }
            if cls.base.is_none() || cls.base == c {
                return None;
            }
            c = cls.base;
        }
        None
    }

    /// Whether the class of `v` (a user class) defines `name`.
    pub fn interned_lookup(&self, class: Value, name: &str) -> bool {
        let mut c = class;
        while let Some(obj) = c.as_obj() {
            let ObjBody::Class(cls) = &obj.body else {
                return false;
            };
            if cls.attrs.keys().any(|k| self.str_ref(k) == name) {
                return true;
            }
            if cls.base.is_none() || cls.base == c {
                return false;
            }
            c = cls.base;
        }
        false
    }

    pub fn has_dunder(&self, v: Value, name: &str) -> bool {
        match v.as_obj().map(|o| &o.body) {
            Some(ObjBody::Instance(i)) => self.interned_lookup(i.class, name),
            Some(ObjBody::Exception(e)) => self.interned_lookup(e.class, name),
            _ => false,
        }
    }

    /// The class of a user instance (or exception), else None.
    pub(crate) fn user_class(v: Value) -> Option<Value> {
        match v.as_obj().map(|o| &o.body) {
            Some(ObjBody::Instance(i)) => Some(i.class),
            Some(ObjBody::Exception(e)) => Some(e.class),
            _ => None,
        }
    }

    /// Whether `b`'s class is a proper subclass of `a`'s that has `name` (different
    /// from `a`'s own when `overriding`): CPython then tries `b`'s reflected
    /// method first.
    pub(crate) fn subclass_first(
        &mut self,
        a: Value,
        b: Value,
        name: &'static str,
        overriding: bool,
    ) -> bool {
        let Some(cb) = Self::user_class(b) else {
            return false;
        };
        let ca = Self::user_class(a).unwrap_or_else(|| self.type_of(a));
        if ca == cb || !self.is_subclass(cb, ca) || !self.interned_lookup(cb, name) {
            return false;
        }
        let key = self.intern(name);
        let fb = self.lookup_class_attr(cb, key);
        fb.is_some() && (!overriding || fb != self.lookup_class_attr(ca, key))
    }

    /// Calls `type(v).name(v, *args)` if `v` is an instance of a user class defining it.
    pub fn call_dunder(
        &mut self,
        v: Value,
        name: &'static str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let class = match v.as_obj().map(|o| &o.body) {
            Some(ObjBody::Instance(i)) => i.class,
            Some(ObjBody::Exception(e)) => e.class,
            _ => return Ok(None),
        };
        if !self.interned_lookup(class, name) {
            return Ok(None);
        }
        let key = self.intern(name);
        let Some(f) = self.lookup_class_attr(class, key) else {
            return Ok(None);
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(v);
        all.extend_from_slice(args);
        self.call_value(f, &all, &[]).map(Some)
    }

    /// An attribute stored on the instance itself.
    pub fn instance_attr(&mut self, obj: Value, name: Value) -> Option<Value> {
        match &obj.as_obj()?.body {
            ObjBody::Instance(i) => self.attrs_get(&i.attrs, name),
            ObjBody::Exception(e) => self.attrs_get(&e.attrs, name),
            _ => None,
        }
    }

    /// Binds a class attribute found for `obj`: functions become bound methods,
    /// static/class methods and properties apply.
    pub fn bind_attr(&mut self, obj: Value, attr: Value) -> PyResult<Value> {
        match attr.as_obj().map(|o| &o.body) {
            Some(ObjBody::Function(_)) => Ok(self.new_bound_method(obj, attr)),
            Some(ObjBody::Instance(w)) => {
                let wrapper_class = w.class;
                match self.nearest_builtin(wrapper_class) {
                    BuiltinType::StaticMethod => Ok(self.wrapped(attr, "__func__")),
                    BuiltinType::ClassMethod => {
                        let f = self.wrapped(attr, "__func__");
                        // Through `super()` in a class method, `obj` is the class.
                        let class =
                            if matches!(obj.as_obj().map(|o| &o.body), Some(ObjBody::Class(_))) {
                                obj
                            } else {
                                self.type_of(obj)
                            };
                        Ok(self.new_bound_method(class, f))
                    }
                    BuiltinType::Property => {
                        let getter = self.wrapped(attr, "fget");
                        if getter.is_none() {
                            return Err(
                                self.error(BuiltinType::AttributeError, "property has no getter")
                            );
                        }
                        self.call_value(getter, &[obj], &[])
                    }
                    _ => Ok(attr),
                }
            }
            _ => Ok(attr),
        }
    }

    /// The value a decorator wrapper (staticmethod, classmethod, property) holds.
    pub fn wrapped(&mut self, wrapper: Value, field: &'static str) -> Value {
        let key = self.intern(field);
        self.instance_attr(wrapper, key).unwrap_or(Value::NONE)
    }

    /// `obj.name`
    pub fn get_attr(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        match obj.as_obj().map(|o| &o.body) {
            Some(ObjBody::Instance(inst)) => {
                let class = inst.class;
                if self.nearest_builtin(class) == BuiltinType::Super {
                    return self.super_attr(obj, name);
                }
                // Data descriptors (properties) on the class win over instance attributes.
                let class_attr = self.lookup_class_attr(class, name);
                if let Some(a) = class_attr {
                    if self.is_wrapper(a, BuiltinType::Property) {
                        return self.bind_attr(obj, a);
                    }
                }
                if let Some(v) = self.instance_attr(obj, name) {
                    return Ok(v);
                }
                if let Some(a) = class_attr {
                    return self.bind_attr(obj, a);
                }
                self.getattr_fallback(obj, name)
            }
            Some(ObjBody::Exception(e)) => {
                let (class, args) = (e.class, e.args);
                if self.str_ref(name) == "args" {
                    return Ok(args);
                }
                if self.str_ref(name) == "code"
                    && self.exception_matches(obj, BuiltinType::SystemExit)
                {
                    return Ok(self.system_exit_code(obj));
                }
                if self.str_ref(name) == "value"
                    && self.exception_matches(obj, BuiltinType::StopIteration)
                {
                    return Ok(self.stop_iteration_value(obj));
                }
                if let Some(v) = self.instance_attr(obj, name) {
                    return Ok(v);
                }
                if let Some(a) = self.lookup_class_attr(class, name) {
                    return self.bind_attr(obj, a);
                }
                match self.str_ref(name) {
                    "__class__" => return Ok(class),
                    "__cause__" => return Ok(Value::NONE),
                    "__suppress_context__" => return Ok(Value::FALSE),
                    "__context__" => {
                        if let Some(ObjBody::Exception(e)) = obj.as_obj().map(|o| &o.body) {
                            return Ok(e.context);
                        }
                    }
                    _ => {}
                }
                Err(self.attribute_error(obj, self.str_ref(name)))
            }
            Some(ObjBody::Class(c)) => {
                let text = self.str_ref(name);
                if text == "__name__" || text == "__qualname__" {
                    let n = if text == "__name__" {
                        &c.name
                    } else {
                        &c.qualname
                    };
                    let n = n.to_string();
                    return Ok(self.new_str(n));
                }
                match self.lookup_class_attr(obj, name) {
                    Some(a) => match a.as_obj().map(|o| &o.body) {
                        Some(ObjBody::Instance(w))
                            if self.nearest_builtin(w.class) == BuiltinType::StaticMethod =>
                        {
                            Ok(self.wrapped(a, "__func__"))
                        }
                        Some(ObjBody::Instance(w))
                            if self.nearest_builtin(w.class) == BuiltinType::ClassMethod =>
                        {
                            let f = self.wrapped(a, "__func__");
                            Ok(self.new_bound_method(obj, f))
                        }
                        _ => Ok(a),
                    },
                    // A built-in type's method: `str.lower`, `list.append`.
                    None => {
                        match super::methods::method_in_bases(self.nearest_builtin(obj), text) {
                            // A class method (`dict.fromkeys`) is bound to the class.
                            Some(id) if text == "fromkeys" => {
                                Ok(self.new_builtin(BuiltinId::Method(id), obj))
                            }
                            Some(id) => Ok(self.new_builtin(BuiltinId::Unbound(id), obj)),
                            None if text == "__class__" => Ok(self.type_of(obj)),
                            None => Err(self.attribute_error(obj, text)),
                        }
                    }
                }
            }
            Some(ObjBody::Module(m)) => {
                let v = self.attrs_get(&m.attrs, name);
                match v {
                    Some(v) => Ok(v),
                    None => Err(self.attribute_error(obj, self.str_ref(name))),
                }
            }
            Some(ObjBody::Builtin(b)) if self.str_ref(name) == "__name__" => {
                let full = super::builtins::builtin_name(b.id);
                let short = full.rsplit('.').next().unwrap_or(full).to_owned();
                Ok(self.new_str(short))
            }
            Some(ObjBody::Function(f)) if self.str_ref(name) == "__name__" => {
                let n = self.codes[f.code as usize].name.clone();
                Ok(self.new_str(n))
            }
            _ => {
                let text = self.str_ref(name);
                let t = self.builtin_type(obj);
                match super::methods::method_id(t, text) {
                    Some(id) => Ok(self.new_builtin(BuiltinId::Method(id), obj)),
                    None if text == "__class__" => Ok(self.type_of(obj)),
                    None => match number_attr(obj, text) {
                        Some(v) => Ok(v),
                        None if t == BuiltinType::Slice
                            && matches!(text, "start" | "stop" | "step") =>
                        {
                            let Some(ObjBody::Slice(sl)) = obj.as_obj().map(|o| &o.body) else {
                                unreachable!("a slice")
                            };
                            Ok(match text {
                                "start" => sl.start,
                                "stop" => sl.stop,
                                _ => sl.step,
                            })
                        }
                        None if t == BuiltinType::Range
                            && matches!(text, "start" | "stop" | "step") =>
                        {
                            let Some(ObjBody::Range(r)) = obj.as_obj().map(|o| &o.body) else {
                                unreachable!("a range")
                            };
                            let v = match text {
                                "start" => r.start,
                                "stop" => r.stop,
                                _ => r.step,
                            };
                            Ok(self.int_from_i128(v))
                        }
                        None if unsupported_attr(t, text) => {
                            let what = format!("{}.{text}", t.name());
                            Err(self.not_supported(&what))
                        }
                        None => Err(self.attribute_error(obj, text)),
                    },
                }
            }
        }
    }

    /// `super().name`: looked up from the base of the defining class, bound to self.
    fn super_attr(&mut self, proxy: Value, name: Value) -> PyResult<Value> {
        let start = self.wrapped(proxy, "__thisclass_base__");
        let obj = self.wrapped(proxy, "__self__");
        match self.lookup_class_attr(start, name) {
            Some(a) => self.bind_attr(obj, a),
            // The built-in bases' own methods (`__init__`, `__eq__`, `__str__`, ...).
            None if super::methods::method_in_bases(
                self.nearest_builtin(start),
                self.str_ref(name),
            )
            .is_some() =>
            {
                let id = super::methods::method_in_bases(
                    self.nearest_builtin(start),
                    self.str_ref(name),
                )
                .expect("found above");
                Ok(self.new_builtin(BuiltinId::Method(id), obj))
            }
            None => {
                let text = self.str_ref(name);
                Err(self.error(
                    BuiltinType::AttributeError,
                    format!("'super' object has no attribute '{text}'"),
                ))
            }
        }
    }

    fn getattr_fallback(&mut self, obj: Value, name: Value) -> PyResult<Value> {
        if self.str_ref(name) == "__class__" {
            return Ok(self.type_of(obj));
        }
        if let Some(r) = self.call_dunder(obj, "__getattr__", &[name])? {
            return Ok(r);
        }
        // A wrapper's own methods (`property.setter`).
        if let Some(class) = Self::user_class(obj) {
            let t = self.nearest_builtin(class);
            if t == BuiltinType::Property {
                if let Some(id) = super::methods::method_id(t, self.str_ref(name)) {
                    return Ok(self.new_builtin(BuiltinId::Method(id), obj));
                }
            }
        }
        let text = self.str_ref(name).to_string();
        Err(self.attribute_error(obj, &text))
    }

    fn is_wrapper(&self, v: Value, t: BuiltinType) -> bool {
        matches!(v.as_obj().map(|o| &o.body), Some(ObjBody::Instance(w)) if self.nearest_builtin(w.class) == t)
    }

    /// `obj.name = value`
    pub fn set_attr(&mut self, obj: Value, name: Value, value: Value) -> PyResult<()> {
        let h = self.hash(name)?;
        match obj.as_obj().map(|o| &mut o.body) {
            Some(ObjBody::Instance(inst)) => {
                let class = inst.class;
                if let Some(a) = self.lookup_class_attr(class, name) {
                    if self.is_wrapper(a, BuiltinType::Property) {
                        let setter = self.property_accessor(a, "fset", obj, name)?;
                        self.call_value(setter, &[obj, value], &[])?;
                        return Ok(());
                    }
                }
                if let Some(ObjBody::Instance(inst)) = obj.as_obj().map(|o| &mut o.body) {
                    let text = self.str_ref(name);
                    inst.attrs
                        .insert(h, name, value, |k| self.str_ref(k) == text);
                }
                Ok(())
            }
            Some(ObjBody::Exception(_)) if self.str_ref(name) == "args" => {
                // `e.args = seq` stores it as a tuple.
                let items = self.collect_iterable(value)?;
                let t = self.new_tuple(items);
                if let Some(ObjBody::Exception(e)) = obj.as_obj().map(|o| &mut o.body) {
                    e.args = t;
                }
                Ok(())
            }
            Some(ObjBody::Exception(e)) => {
                let text = self.str_ref(name);
                e.attrs.insert(h, name, value, |k| self.str_ref(k) == text);
                Ok(())
            }
            Some(ObjBody::Class(c)) => {
                let text = self.str_ref(name);
                c.attrs.insert(h, name, value, |k| self.str_ref(k) == text);
                Ok(())
            }
            // CPython's functions take attributes (`f.cache = {}`); Krait's do not.
            Some(ObjBody::Function(_)) => {
                Err(self.not_supported("setting attributes on functions"))
            }
            _ => {
                let text = self.str_ref(name);
                let t = self.builtin_type(obj);
                let msg = if super::methods::method_id(t, text).is_some() {
                    format!(
                        "'{}' object attribute '{text}' is read-only",
                        self.type_name(obj)
                    )
                } else {
                    format!("'{}' object has no attribute '{text}'", self.type_name(obj))
                };
                Err(self.error(BuiltinType::AttributeError, msg))
            }
        }
    }

    /// Property `prop`'s setter (`fset`) or deleter (`fdel`), or CPython's error
    /// for `obj.name` when it has none.
    fn property_accessor(
        &mut self,
        prop: Value,
        field: &'static str,
        obj: Value,
        name: Value,
    ) -> PyResult<Value> {
        let f = self.wrapped(prop, field);
        if !f.is_none() {
            return Ok(f);
        }
        let what = if field == "fset" { "setter" } else { "deleter" };
        let msg = format!(
            "property '{}' of '{}' object has no {what}",
            self.str_ref(name),
            self.type_name(obj)
        );
        Err(self.error(BuiltinType::AttributeError, msg))
    }

    /// `del obj.name`
    pub fn del_attr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let h = self.hash(name)?;
        if let Some(class) = Self::user_class(obj) {
            if let Some(a) = self.lookup_class_attr(class, name) {
                if self.is_wrapper(a, BuiltinType::Property) {
                    let deleter = self.property_accessor(a, "fdel", obj, name)?;
                    self.call_value(deleter, &[obj], &[])?;
                    return Ok(());
                }
            }
        }
        let text = self.str_ref(name);
        let removed = match obj.as_obj().map(|o| &mut o.body) {
            Some(ObjBody::Instance(inst)) => {
                inst.attrs.remove(h, |k| self.str_ref(k) == text).is_some()
            }
            Some(ObjBody::Class(c)) => c.attrs.remove(h, |k| self.str_ref(k) == text).is_some(),
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(self.attribute_error(obj, text))
        }
    }

    /// A name in a class body: the namespace, then globals, then builtins.
    pub fn load_name(&mut self, namespace: Value, name: Value) -> PyResult<Value> {
        if let Some(v) = self.dict_get(namespace, name)? {
            return Ok(v);
        }
        let text = self.str_ref(name);
        if let Some(slot) = self.global_names.iter().position(|n| n == text) {
            if !self.globals[slot].is_unbound() {
                return Ok(self.globals[slot]);
            }
        }
        if let Some(&b) = self.builtins.get(text) {
            return Ok(b);
        }
        Err(self.name_error_for(text))
    }

    /// `except T:` matching, where T is a class or a tuple of classes.
    pub fn except_match(&mut self, exc: Value, typ: Value) -> PyResult<bool> {
        // Every item is checked before any matches, and a tuple holds classes only
        // (CPython's check_except_type_valid).
        let classes = match typ.as_obj().map(|o| &o.body) {
            Some(ObjBody::Tuple(items)) => items.to_vec(),
            _ => vec![typ],
        };
        for &t in &classes {
            let valid = matches!(t.as_obj().map(|o| &o.body), Some(ObjBody::Class(_)))
                && self.nearest_builtin(t).is_exception();
            if !valid {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
        let class = self.exception_class(exc);
        Ok(classes.iter().any(|&t| self.is_subclass(class, t)))
    }

    /// The exception `raise v` raises: an instance as is, a class instantiated.
    pub fn make_raisable(&mut self, v: Value) -> PyResult<Value> {
        self.raisable(v, "exceptions must derive from BaseException")
    }

    /// `v` as an exception instance (a class instantiated), or TypeError `message`.
    fn raisable(&mut self, v: Value, message: &str) -> PyResult<Value> {
        match v.as_obj().map(|o| &o.body) {
            Some(ObjBody::Exception(_)) => Ok(v),
            Some(ObjBody::Class(_)) if self.nearest_builtin(v).is_exception() => {
                self.call_value(v, &[], &[])
            }
            _ => Err(self.type_error(message)),
        }
    }

    pub fn set_cause(&mut self, exc: Value, cause: Value) -> PyResult<()> {
        let cause = if cause.is_none() {
            cause
        } else {
            self.raisable(cause, "exception causes must derive from BaseException")?
        };
        let key = self.intern("__cause__");
        self.set_attr(exc, key, cause)?;
        let key = self.intern("__suppress_context__");
        self.set_attr(exc, key, Value::TRUE)
    }

    /// Raised when something is not supported by Krait (rather than by Python).
    pub fn not_supported(&mut self, what: &str) -> Exc {
        self.error(
            BuiltinType::NotImplementedError,
            format!("{what} is not supported by Krait"),
        )
    }
}

/// The data attributes of numbers: `real`, `imag` (an int's or float's own value and
/// zero), `numerator` and `denominator` of an int (a bool is an int).
fn number_attr(v: Value, name: &str) -> Option<Value> {
    let is_int = v.is_small_int()
        || v.is_bool()
        || matches!(
            v.as_obj().map(|o| &o.body),
            Some(ObjBody::BigInt(_) | ObjBody::Int64(_))
        );
    let as_int = |v: Value| {
        if v.is_bool() {
            Value::small_int(v.as_bool() as i64)
        } else {
            v
        }
    };
    match name {
        "real" | "numerator" if is_int => Some(as_int(v)),
        "imag" if is_int => Some(Value::small_int(0)),
        "denominator" if is_int => Some(Value::small_int(1)),
        "real" if v.is_float() => Some(v),
        "imag" if v.is_float() => Some(Value::float(0.0)),
        _ => None,
    }
}

/// Attributes CPython's built-in types have and Krait does not: a clear
/// NotImplementedError rather than an AttributeError a program could catch.
fn unsupported_attr(t: BuiltinType, name: &str) -> bool {
    match t {
        BuiltinType::Generator => matches!(
            name,
            "send" | "throw" | "close" | "gi_frame" | "gi_running" | "gi_code" | "gi_yieldfrom"
        ),
        BuiltinType::Int | BuiltinType::Bool => {
            matches!(
                name,
                "conjugate" | "as_integer_ratio" | "bit_count" | "to_bytes" | "from_bytes"
            )
        }
        BuiltinType::Float => matches!(name, "conjugate" | "as_integer_ratio" | "hex" | "fromhex"),
        BuiltinType::Str => matches!(name, "translate" | "maketrans" | "encode" | "format_map"),
        _ => false,
    }
}
