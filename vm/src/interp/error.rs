//! Raising exceptions from Rust, and printing an uncaught one as CPython does.

use super::types::BuiltinType;
use super::Vm;
use crate::runtime::dict::PyDict;
use crate::runtime::object::{ExceptionObj, ObjBody};
use crate::runtime::value::Value;

/// A raised exception in flight: a value whose object is an `ExceptionObj`.
///
/// It is not rooted by itself: it is only carried between a raise and the handler or
/// frame that receives it, and no safepoint lies in between.
#[derive(Clone, Copy, Debug)]
pub struct Exc(pub Value);

pub type PyResult<T> = Result<T, Exc>;

impl Vm {
    /// A new exception instance of class `class` with `args`.
    /// A new exception, raised now: its `__context__` is the exception being handled,
    /// if any (see [`Vm::set_context`]). A class called from Python code is not a
    /// raise; `instantiate` clears it.
    pub fn new_exception(&mut self, class: Value, args: Vec<Value>) -> Value {
        let args = self.heap.alloc(ObjBody::Tuple(args.into_boxed_slice()));
        let context = self.handled.last().copied().unwrap_or(Value::NONE);
        self.heap.alloc(ObjBody::Exception(Box::new(ExceptionObj {
            class,
            args,
            attrs: PyDict::new(),
            traceback: Vec::new(),
            context,
        })))
    }

    /// What CPython's `_PyErr_SetObject` does on a raise while `handled` is being
    /// handled: `exc.__context__ = handled`, first cutting the context chain of
    /// `handled` where it reaches `exc` (no cycles). Nothing when they are the same.
    pub fn set_context(&mut self, exc: Value, handled: Value) {
        if exc == handled {
            return;
        }
        let mut o = handled;
        let mut steps = 0usize;
        while let Some(ObjBody::Exception(x)) = o.as_obj().map(|ob| &mut ob.body) {
            if x.context == exc {
                x.context = Value::NONE;
                break;
            }
            o = x.context;
            steps += 1;
            if steps > 1_000_000 {
                break; // a pre-existing cycle not through `exc`
            }
        }
        if let Some(ObjBody::Exception(x)) = exc.as_obj().map(|ob| &mut ob.body) {
            x.context = handled;
        }
    }

    /// An exception of a built-in class with a message.
    pub fn error(&mut self, t: BuiltinType, message: impl Into<String>) -> Exc {
        let msg = self.new_str(message.into());
        let class = self.types.class(t);
        Exc(self.new_exception(class, vec![msg]))
    }

    pub fn type_error(&mut self, message: impl Into<String>) -> Exc {
        self.error(BuiltinType::TypeError, message)
    }

    pub fn value_error(&mut self, message: impl Into<String>) -> Exc {
        self.error(BuiltinType::ValueError, message)
    }

    pub fn index_error(&mut self, message: impl Into<String>) -> Exc {
        self.error(BuiltinType::IndexError, message)
    }

    pub fn zero_division(&mut self, message: impl Into<String>) -> Exc {
        self.error(BuiltinType::ZeroDivisionError, message)
    }

    pub fn overflow_error(&mut self, message: impl Into<String>) -> Exc {
        self.error(BuiltinType::OverflowError, message)
    }

    /// `KeyError(key)`: its message is the key's repr.
    pub fn key_error(&mut self, key: Value) -> Exc {
        let class = self.types.class(BuiltinType::KeyError);
        Exc(self.new_exception(class, vec![key]))
    }

    pub fn attribute_error(&mut self, obj: Value, name: &str) -> Exc {
        let msg = match obj.as_obj().map(|o| &o.body) {
            Some(ObjBody::Class(c)) => {
                format!("type object '{}' has no attribute '{name}'", c.name)
            }
            Some(ObjBody::Module(m)) => format!("module '{}' has no attribute '{name}'", m.name),
            // A bound method looks its attributes up on its function.
            Some(ObjBody::BoundMethod(m)) => {
                format!(
                    "'{}' object has no attribute '{name}'",
                    self.type_name(m.func)
                )
            }
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        let exc = self.error(BuiltinType::AttributeError, msg);
        self.set_error_context(exc.0, name, Some(obj));
        exc
    }

    /// `NameError: name 'x' is not defined` for global slot `slot`.
    pub fn name_error(&mut self, slot: usize) -> Exc {
        let name = self.global_names[slot].clone();
        self.name_error_for(&name)
    }

    /// `NameError: name 'x' is not defined`.
    pub fn name_error_for(&mut self, name: &str) -> Exc {
        let exc = self.error(
            BuiltinType::NameError,
            format!("name '{name}' is not defined"),
        );
        self.set_error_context(exc.0, name, None);
        exc
    }

    /// The class of an exception value.
    pub fn exception_class(&self, exc: Value) -> Value {
        match exc.as_obj().map(|o| &o.body) {
            Some(ObjBody::Exception(e)) => e.class,
            _ => self.types.class(BuiltinType::BaseException),
        }
    }

    pub fn exception_matches(&self, exc: Value, t: BuiltinType) -> bool {
        self.is_subclass(self.exception_class(exc), self.types.class(t))
    }

    /// `str(exc)`: empty for no args, the single arg's str, or the args tuple's repr;
    /// KeyError shows the key's repr.
    pub fn exception_str(&mut self, exc: Value) -> PyResult<String> {
        let args = match exc.as_obj().map(|o| &o.body) {
            Some(ObjBody::Exception(e)) => e.args,
            _ => return Ok(String::new()),
        };
        let items: Vec<Value> = match args.as_obj().map(|o| &o.body) {
            Some(ObjBody::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        match items.as_slice() {
            [] => Ok(String::new()),
            [one] if self.exception_matches(exc, BuiltinType::KeyError) => self.repr(*one),
            [one] => self.str(*one),
            _ => self.repr(args),
        }
    }

    /// The exit status of a program ended by uncaught exception `exc`, after
    /// reporting it on stderr as CPython does: `SystemExit` ends it quietly with its
    /// `code` (None is 0, an int that status, anything else printed, and 1); any
    /// other exception prints its traceback, and the status is 1.
    pub fn exit_with(&mut self, exc: Value) -> i32 {
        if !self.exception_matches(exc, BuiltinType::SystemExit) {
            self.print_uncaught(exc);
            return 1;
        }
        let code = self.system_exit_code(exc);
        if code.is_none() {
            return 0;
        }
        if code.is_bool() {
            return i32::from(code.as_bool());
        }
        if let Some(i) = code.is_small_int().then(|| code.as_small_int()) {
            // What the OS keeps of it.
            return i as u8 as i32;
        }
        self.flush_stdout();
        match self.str(code) {
            Ok(s) => eprintln!("{s}"),
            Err(e) => self.print_uncaught(e.0),
        }
        1
    }

    /// `SystemExit.code`: None without arguments, the argument, or the tuple of them.
    pub fn system_exit_code(&self, exc: Value) -> Value {
        let args = match exc.as_obj().map(|o| &o.body) {
            Some(ObjBody::Exception(e)) => e.args,
            _ => return Value::NONE,
        };
        match args.as_obj().map(|o| &o.body) {
            Some(ObjBody::Tuple(t)) if t.is_empty() => Value::NONE,
            Some(ObjBody::Tuple(t)) if t.len() == 1 => t[0],
            _ => args,
        }
    }

    /// `StopIteration.value`: its first argument, or None.
    pub fn stop_iteration_value(&self, exc: Value) -> Value {
        match exc.as_obj().map(|o| &o.body) {
            Some(ObjBody::Exception(e)) => match e.args.as_obj().map(|o| &o.body) {
                Some(ObjBody::Tuple(t)) => t.first().copied().unwrap_or(Value::NONE),
                _ => Value::NONE,
            },
            _ => Value::NONE,
        }
    }

    /// Writes the traceback and final line of an uncaught exception to stderr.
    pub fn print_uncaught(&mut self, exc: Value) {
        let mut out = String::new();
        let tb = match exc.as_obj().map(|o| &o.body) {
            Some(ObjBody::Exception(e)) => e.traceback.clone(),
            _ => Vec::new(),
        };
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // As CPython: a line repeated more than three times in a row is printed
            // three times, then counted.
            let entries: Vec<(u32, u32)> = tb.into_iter().rev().collect();
            let mut i = 0;
            while i < entries.len() {
                let run = entries[i..]
                    .iter()
                    .take_while(|&&e| e == entries[i])
                    .count();
                for _ in 0..run.min(3) {
                    self.traceback_entry(&mut out, entries[i]);
                }
                if run > 3 {
                    let more = run - 3;
                    let s = if more == 1 { "" } else { "s" };
                    out.push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
                }
                i += run;
            }
        }
        out.push_str(&self.exception_line(exc));
        if let Some(s) = self.suggestion(exc) {
            out.push_str(&format!(". Did you mean: '{s}'?"));
        }
        out.push('\n');
        self.flush_stdout();
        eprint!("{out}");
    }

    /// One `File ..., line N, in name` entry of a traceback, with its source line.
    fn traceback_entry(&self, out: &mut String, (code, line): (u32, u32)) {
        let name = &self.codes[code as usize].name;
        out.push_str(&format!(
            "  File \"{}\", line {line}, in {name}\n",
            self.filename
        ));
        if let Some(src) = self.source_lines.get(line as usize - 1) {
            let trimmed = src.trim();
            if !trimmed.is_empty() {
                out.push_str(&format!("    {trimmed}\n"));
            }
        }
    }

    /// `ValueError: message` — the last line CPython prints for an exception.
    pub fn exception_line(&mut self, exc: Value) -> String {
        let class = self.exception_class(exc);
        let name = match class.as_obj().map(|o| &o.body) {
            Some(ObjBody::Class(c)) => c.qualname.to_string(),
            _ => "Exception".into(),
        };
        // `str(exc)`: a user class's `__str__` included, as CPython's traceback.
        match self.str(exc) {
            Ok(s) if s.is_empty() => name,
            Ok(s) => format!("{name}: {s}"),
            Err(_) => format!("{name}: <exception str() failed>"),
        }
    }
}
