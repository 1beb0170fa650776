//! Built-in modules (`math`, `sys`): module objects whose functions come from the
//! `math.*` / `sys.*` entries of the builtin function table.

use super::builtins::{BuiltinId, FUNCTIONS};
use super::error::PyResult;
use super::types::BuiltinType;
use super::Vm;
use crate::runtime::dict::PyDict;
use crate::runtime::object::{ModuleObj, ObjBody};
use crate::runtime::value::Value;

impl Vm {
    /// `import name`: a built-in module, created once.
    /// `from module import name` (CPython's `IMPORT_FROM`): the module's attribute,
    /// or an ImportError naming both. Krait's modules are built in, which CPython
    /// reports as an unknown location.
    pub fn import_from(&mut self, module: Value, name: Value) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Err(e) if self.exception_matches(e.0, BuiltinType::AttributeError) => {
                let from = match module.as_obj().map(|o| &o.body) {
                    Some(ObjBody::Module(m)) => m.name.to_string(),
                    _ => String::new(),
                };
                let msg = format!(
                    "cannot import name '{}' from '{from}' (unknown location)",
                    self.str_ref(name)
                );
                Err(self.error(BuiltinType::ImportError, msg))
            }
            result => result,
        }
    }

    pub fn import(&mut self, name: Value) -> PyResult<Value> {
        let text = self.str_ref(name).to_string();
        if let Some(&m) = self.modules.get(&text) {
            return Ok(m);
        }
        if !matches!(text.as_str(), "math" | "sys") {
            return Err(self.error(
                BuiltinType::ModuleNotFoundError,
                format!(
                    "No module named '{text}' (Krait has only the built-in modules math and sys)"
                ),
            ));
        }
        let module = self.heap.alloc(ObjBody::Module(Box::new(ModuleObj {
            name: text.clone().into(),
            attrs: PyDict::new(),
        })));
        self.roots.push(module);
        let prefix = format!("{text}.");
        let mut fields: Vec<(String, Value)> = Vec::new();
        for (i, (full, _)) in FUNCTIONS.iter().enumerate() {
            if let Some(short) = full.strip_prefix(&prefix) {
                let f = self.new_builtin(BuiltinId::Function(i as u16), Value::NONE);
                fields.push((short.to_string(), f));
            }
        }
        match text.as_str() {
            "math" => {
                fields.push(("pi".into(), Value::float(std::f64::consts::PI)));
                fields.push(("e".into(), Value::float(std::f64::consts::E)));
                fields.push(("tau".into(), Value::float(std::f64::consts::TAU)));
                fields.push(("inf".into(), Value::float(f64::INFINITY)));
                fields.push(("nan".into(), Value::float(f64::NAN)));
            }
            _ => {
                let argv: Vec<Value> = self
                    .argv
                    .clone()
                    .into_iter()
                    .map(|a| self.new_str(a))
                    .collect();
                let argv = self.new_list(argv);
                fields.push(("argv".into(), argv));
                let maxsize = self.int_from_big(i64::MAX.into());
                fields.push(("maxsize".into(), maxsize));
            }
        }
        let mut result = Ok(module);
        for (k, v) in fields {
            self.roots.push(v);
            let key = self.new_str(k);
            self.roots.pop();
            let h = match self.hash(key) {
                Ok(h) => h,
                Err(e) => {
                    result = Err(e);
                    break;
                }
            };
            if let ObjBody::Module(m) = &mut module.as_obj().expect("module").body {
                m.attrs.insert(h, key, v, |k| k == key);
            }
        }
        self.roots.pop();
        self.modules.insert(text, module);
        result
    }
}
