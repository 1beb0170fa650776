//! Calls: binding arguments to parameters, Python functions, builtins, bound methods,
//! classes (instantiation), generators.

use super::builtins::{call_builtin, BuiltinId};
use super::error::{Exc, PyResult};
use super::types::BuiltinType;
use super::{FrameExit, Vm};
use crate::bytecode::{CodeKind, Instr};
use crate::runtime::dict::PyDict;
use crate::runtime::object::{
    BoundMethodObj, ClassObj, FunctionObj, GenState, GeneratorObj, InstanceObj, ObjBody,
};
use crate::runtime::value::Value;

/// What a call did: finished with a value, or pushed a Python frame that the
/// dispatch loop now runs.
pub(crate) enum Called {
    Done(Value),
    Pushed,
}

/// What `CallMethod`'s inline cache holds for method `id` of built-in type `t`:
/// `(type << 16) | (id + 1)`; 0 is empty.
pub(crate) fn method_cache_value(t: BuiltinType, id: u16) -> u32 {
    ((t as u32) << 16) | (id as u32 + 1)
}

/// Positional and keyword arguments gathered from registers.
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Value, Value)>,
}

impl Vm {
    /// Calls `f` with `argc` arguments in `stack[args_at..]`; the last `len(kwnames)` of
    /// them are keyword arguments named by the tuple `kwnames`. The slot just below
    /// `args_at` is scratch (it held the callee), so a receiver can be put there.
    pub(crate) fn call_at(
        &mut self,
        f: Value,
        args_at: usize,
        argc: usize,
        kwnames: Option<Value>,
        ret: usize,
    ) -> PyResult<Called> {
        let Some(obj) = f.as_obj() else {
            return Err(self.not_callable(f));
        };
        match &obj.body {
            ObjBody::Function(_) => self.call_function(f, args_at, argc, kwnames, ret),
            ObjBody::Builtin(b) => {
                let (id, receiver) = (b.id, b.receiver);
                if kwnames.is_none() {
                    return self
                        .with_stack_args(args_at, argc, |vm, args| {
                            call_builtin(vm, id, receiver, args, &[])
                        })
                        .map(Called::Done);
                }
                let args = self.gather(args_at, argc, kwnames);
                call_builtin(self, id, receiver, &args.pos, &args.kw).map(Called::Done)
            }
            ObjBody::BoundMethod(m) => {
                let (receiver, func) = (m.receiver, m.func);
                if args_at == 0 {
                    let mut args = self.gather(args_at, argc, kwnames);
                    args.pos.insert(0, receiver);
                    return self.call_value(func, &args.pos, &args.kw).map(Called::Done);
                }
                self.stack[args_at - 1] = receiver;
                self.call_at(func, args_at - 1, argc + 1, kwnames, ret)
            }
            ObjBody::Class(c) => {
                if let Some(t) = c.builtin {
                    if !t.is_exception() {
                        let args = self.gather(args_at, argc, kwnames);
                        return super::builtins::construct(self, t, f, &args.pos, &args.kw)
                            .map(Called::Done);
                    }
                }
                let args = self.gather(args_at, argc, kwnames);
                self.instantiate(f, &args).map(Called::Done)
            }
            // A staticmethod object is callable (CPython 3.10+): its function.
            ObjBody::Instance(i) if self.nearest_builtin(i.class) == BuiltinType::StaticMethod => {
                let func = self.wrapped(f, "__func__");
                self.call_at(func, args_at, argc, kwnames, ret)
            }
            ObjBody::Instance(_) => {
                let call = self.intern("__call__");
                match self.lookup_class_attr(self.type_of(f), call) {
                    Some(m) => {
                        let mut args = self.gather(args_at, argc, kwnames);
                        args.pos.insert(0, f);
                        self.call_value(m, &args.pos, &args.kw).map(Called::Done)
                    }
                    None => Err(self.not_callable(f)),
                }
            }
            _ => Err(self.not_callable(f)),
        }
    }

    fn not_callable(&mut self, f: Value) -> Exc {
        let msg = format!("'{}' object is not callable", self.type_name(f));
        self.type_error(msg)
    }

    /// Runs `f` with a copy of `stack[at..at + argc]` (on the native stack when small):
    /// the callee may grow the register stack, so it cannot borrow it.
    fn with_stack_args<R>(
        &mut self,
        at: usize,
        argc: usize,
        f: impl FnOnce(&mut Vm, &[Value]) -> R,
    ) -> R {
        let mut small = [Value::NONE; 6];
        if argc <= small.len() {
            small[..argc].copy_from_slice(&self.stack[at..at + argc]);
            f(self, &small[..argc])
        } else {
            let owned = self.stack[at..at + argc].to_vec();
            f(self, &owned)
        }
    }

    pub(crate) fn gather(&self, args_at: usize, argc: usize, kwnames: Option<Value>) -> Args {
        let all = &self.stack[args_at..args_at + argc];
        let names: &[Value] = match kwnames.and_then(|n| n.as_obj()).map(|o| &o.body) {
            Some(ObjBody::Tuple(t)) => t,
            _ => &[],
        };
        let npos = argc - names.len();
        Args {
            pos: all[..npos].to_vec(),
            kw: names
                .iter()
                .copied()
                .zip(all[npos..].iter().copied())
                .collect(),
        }
    }

    fn call_function(
        &mut self,
        f: Value,
        args_at: usize,
        argc: usize,
        kwnames: Option<Value>,
        ret: usize,
    ) -> PyResult<Called> {
        let (code_index, nclosure) = match &f.as_obj().expect("function").body {
            ObjBody::Function(func) => (func.code, func.closure.len()),
            _ => unreachable!("call_function on a non-function"),
        };
        let codes = std::rc::Rc::clone(&self.codes);
        let code = &codes[code_index as usize];
        let sig = &code.signature;
        let simple = kwnames.is_none()
            && argc == sig.positional.len()
            && sig.kwonly.is_empty()
            && sig.varargs.is_none()
            && sig.varkw.is_none();
        let nparams = if simple {
            argc
        } else {
            self.bind_arguments(f, args_at, argc, kwnames)?
        };
        if code.kind == CodeKind::Generator {
            let gen = self.make_generator(f, args_at, nparams)?;
            return Ok(Called::Done(gen));
        }
        self.push_frame(code_index, f, args_at, nparams, ret, false)?;
        if nclosure > 0 || code.kind == CodeKind::ClassBody {
            self.install_closure(f, args_at);
        }
        Ok(Called::Pushed)
    }

    /// Copies the function's closure cells into their registers.
    fn install_closure(&mut self, f: Value, base: usize) {
        if let ObjBody::Function(func) = &f.as_obj().expect("function").body {
            let code = &self.codes[func.code as usize];
            for (i, &reg) in code.free_regs.iter().enumerate() {
                self.stack[base + reg as usize] = func.closure[i];
            }
        }
    }

    /// Binds positional and keyword arguments, defaults, `*args` and `**kwargs` into
    /// `stack[args_at..args_at + nparams]`; returns nparams.
    fn bind_arguments(
        &mut self,
        f: Value,
        args_at: usize,
        argc: usize,
        kwnames: Option<Value>,
    ) -> PyResult<usize> {
        let Args { pos, kw } = self.gather(args_at, argc, kwnames);
        let (code_index, defaults, kw_defaults) = match &f.as_obj().expect("function").body {
            ObjBody::Function(func) => {
                (func.code, func.defaults.to_vec(), func.kw_defaults.to_vec())
            }
            _ => unreachable!("bind_arguments on a non-function"),
        };
        let codes = std::rc::Rc::clone(&self.codes);
        let code = &codes[code_index as usize];
        let sig = &code.signature;
        let name = &code.qualname;
        let npositional = sig.positional.len();
        let named: Vec<&String> = sig.positional.iter().chain(&sig.kwonly).collect();
        let mut slots: Vec<Value> = vec![Value::UNBOUND; named.len()];
        for (i, &v) in pos.iter().enumerate().take(npositional) {
            slots[i] = v;
        }
        // Too many positional arguments is reported after the keywords' errors, as
        // CPython's initialize_locals does.
        let too_many = pos.len() > npositional && sig.varargs.is_none();
        let varargs = if pos.len() > npositional && !too_many {
            Some(pos[npositional..].to_vec())
        } else {
            sig.varargs.as_ref().map(|_| Vec::new())
        };
        let varkw = if sig.varkw.is_some() {
            Some(self.new_dict())
        } else {
            None
        };
        for &(k, v) in &kw {
            let kname = self.str(k)?;
            match named.iter().position(|n| **n == kname) {
                Some(i) => {
                    if !slots[i].is_unbound() {
                        return Err(self.type_error(format!(
                            "{name}() got multiple values for argument '{kname}'"
                        )));
                    }
                    slots[i] = v;
                }
                None => match varkw {
                    Some(d) => self.dict_set(d, k, v)?,
                    None => {
                        return Err(self.type_error(format!(
                            "{name}() got an unexpected keyword argument '{kname}'"
                        )))
                    }
                },
            }
        }
        if too_many {
            let kwonly_given = slots[npositional..]
                .iter()
                .filter(|v| !v.is_unbound())
                .count();
            return Err(self.too_many_positional(
                name,
                npositional,
                sig.ndefaults as usize,
                pos.len(),
                kwonly_given,
            ));
        }
        let first_default = npositional - sig.ndefaults as usize;
        let mut missing = Vec::new();
        for i in 0..npositional {
            if slots[i].is_unbound() {
                if i >= first_default {
                    slots[i] = defaults[i - first_default];
                } else {
                    missing.push(sig.positional[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(name, &missing, "positional"));
        }
        let mut kw_default = kw_defaults.iter();
        for (j, has_default) in sig.kwonly_has_default.iter().enumerate() {
            let i = npositional + j;
            let d = if *has_default {
                kw_default.next().copied()
            } else {
                None
            };
            if slots[i].is_unbound() {
                match d {
                    Some(d) => slots[i] = d,
                    None => missing.push(sig.kwonly[j].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(name, &missing, "keyword-only"));
        }
        if let Some(extra) = varargs {
            let t = self.new_tuple(extra);
            slots.push(t);
        }
        if let Some(d) = varkw {
            slots.push(d);
        }
        let end = args_at + slots.len();
        self.grow_stack(end)?;
        self.stack[args_at..end].copy_from_slice(&slots);
        Ok(slots.len())
    }

    fn too_many_positional(
        &mut self,
        name: &str,
        npositional: usize,
        ndefaults: usize,
        given: usize,
        kwonly_given: usize,
    ) -> Exc {
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {} positional arguments",
                npositional - ndefaults,
                npositional
            )
        } else {
            format!(
                "{} positional argument{}",
                npositional,
                if npositional == 1 { "" } else { "s" }
            )
        };
        if kwonly_given == 0 {
            let was = if given == 1 { "was" } else { "were" };
            return self.type_error(format!("{name}() takes {takes} but {given} {was} given"));
        }
        let s = |n: usize| if n == 1 { "" } else { "s" };
        self.type_error(format!(
            "{name}() takes {takes} but {given} positional argument{} (and {kwonly_given} \
             keyword-only argument{}) were given",
            s(given),
            s(kwonly_given)
        ))
    }

    fn missing_arguments(&mut self, name: &str, missing: &[String], kind: &str) -> Exc {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "{name}() missing {} required {kind} argument{s}: {list}",
            missing.len()
        ))
    }

    /// A generator object whose registers hold the bound arguments.
    fn make_generator(&mut self, f: Value, args_at: usize, nparams: usize) -> PyResult<Value> {
        // CPython 3.11 runs a new generator's frame up to its first instruction: one
        // level deeper, for a moment.
        self.check_c_levels(1, "")?;
        let code_index = match &f.as_obj().expect("function").body {
            ObjBody::Function(func) => func.code,
            _ => unreachable!("make_generator on a non-function"),
        };
        let nregs = self.codes[code_index as usize].nregs as usize;
        let mut regs = vec![Value::UNBOUND; nregs];
        regs[..nparams].copy_from_slice(&self.stack[args_at..args_at + nparams]);
        if let ObjBody::Function(func) = &f.as_obj().expect("function").body {
            for (i, &reg) in self.codes[code_index as usize].free_regs.iter().enumerate() {
                regs[reg as usize] = func.closure[i];
            }
        }
        Ok(self.heap.alloc(ObjBody::Generator(Box::new(GeneratorObj {
            func: f,
            regs,
            pc: 0,
            state: GenState::Created,
            delegate: Value::NONE,
            handled: Vec::new(),
        }))))
    }

    /// Resumes a generator; `Ok(None)` when it is exhausted.
    pub(crate) fn resume_generator(&mut self, gen: Value) -> PyResult<Option<Value>> {
        let (func, n, pc, state) = match &gen.as_obj().expect("generator").body {
            ObjBody::Generator(g) => (g.func, g.regs.len(), g.pc, g.state),
            _ => unreachable!("resume of a non-generator"),
        };
        match state {
            GenState::Done => return Ok(None),
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Created | GenState::Suspended => {}
        }
        let code_index = match &func.as_obj().expect("function").body {
            ObjBody::Function(f) => f.code,
            _ => unreachable!("generator of a non-function"),
        };
        let at = self.free_base();
        self.grow_stack(at + n)?;
        // The registers move to the stack while the generator runs and back when it
        // yields, in the generator's own buffer (no allocation per item).
        if let ObjBody::Generator(g) = &gen.as_obj().expect("generator").body {
            self.stack[at..at + n].copy_from_slice(&g.regs);
        }
        self.push_frame(code_index, func, at, n, usize::MAX, true)?;
        {
            let top = self.frames.last_mut().expect("generator frame");
            top.pc = pc;
            top.generator = gen;
        }
        if let ObjBody::Generator(g) = &mut gen.as_obj().expect("generator").body {
            self.handled.append(&mut g.handled);
        }
        if state == GenState::Suspended {
            if let Some(Instr::Yield { dst, .. }) = self.codes[code_index as usize]
                .instrs
                .get(pc.wrapping_sub(1))
            {
                self.stack[at + *dst as usize] = Value::NONE;
            }
        }
        self.set_gen_state(gen, GenState::Running);
        let ran = match self.run_resumed() {
            // PEP 479: a StopIteration escaping the generator's body would look like
            // its end to whoever iterates it.
            Err(e) if self.exception_matches(e.0, BuiltinType::StopIteration) => {
                let err = self.error(BuiltinType::RuntimeError, "generator raised StopIteration");
                // `raise RuntimeError(...) from exc`, with the StopIteration as its context.
                self.roots.push(err.0);
                let r = self.set_cause(err.0, e.0);
                self.roots.pop();
                r?;
                self.set_context(err.0, e.0);
                return Err(err);
            }
            ran => ran?,
        };
        match ran {
            FrameExit::Yield(v) => {
                let base = self.frames.last().expect("generator frame").handled_base;
                let handled = self.handled.split_off(base.min(self.handled.len()));
                let f = self.pop_frame();
                if let ObjBody::Generator(g) = &mut gen.as_obj().expect("generator").body {
                    g.handled = handled;
                    g.regs.copy_from_slice(&self.stack[at..at + n]);
                    g.pc = f.pc;
                    g.state = GenState::Suspended;
                }
                Ok(Some(v))
            }
            FrameExit::Return(v) => {
                // What `yield from` evaluates to.
                self.generator_return = v;
                Ok(None)
            }
            FrameExit::Stepped => unreachable!("run never steps"),
        }
    }

    pub(crate) fn finish_generator(&mut self, gen: Value) {
        if let ObjBody::Generator(g) = &mut gen.as_obj().expect("generator").body {
            g.state = GenState::Done;
            g.regs = Vec::new();
        }
    }

    pub(crate) fn make_function(&mut self, code_index: u32, at: usize) -> Value {
        let codes = std::rc::Rc::clone(&self.codes);
        let code = &codes[code_index as usize];
        let nd = code.signature.ndefaults as usize;
        let nkw = code
            .signature
            .kwonly_has_default
            .iter()
            .filter(|&&d| d)
            .count();
        let nfree = code.free_regs.len();
        let defaults = self.stack[at..at + nd].to_vec().into_boxed_slice();
        let kw_defaults = self.stack[at + nd..at + nd + nkw]
            .to_vec()
            .into_boxed_slice();
        let closure = self.stack[at + nd + nkw..at + nd + nkw + nfree]
            .to_vec()
            .into_boxed_slice();
        self.heap.alloc(ObjBody::Function(Box::new(FunctionObj {
            code: code_index,
            defaults,
            kw_defaults,
            closure,
            owner_class: Value::NONE,
        })))
    }

    /// `class Name(base): body` — runs the body with a fresh namespace, then makes the class.
    pub(crate) fn make_class(&mut self, body: Value, base: Value, name: Value) -> PyResult<Value> {
        if !base.is_none() && !matches!(base.as_obj().map(|o| &o.body), Some(ObjBody::Class(_))) {
            return Err(self.type_error("bases must be types"));
        }
        if let Some(ObjBody::Class(c)) = base.as_obj().map(|o| &o.body) {
            if let Some(t) = c
                .builtin
                .filter(|t| !t.is_exception() && *t != BuiltinType::Object)
            {
                return Err(
                    self.not_supported(&format!("subclassing the built-in type '{}'", t.name()))
                );
            }
        }
        let namespace = self.new_dict();
        self.roots.push(namespace);
        let at = self.free_base();
        let code_index = match &body.as_obj().expect("function").body {
            ObjBody::Function(f) => f.code,
            _ => unreachable!("class body is a function"),
        };
        let pushed = self.push_frame(code_index, body, at, 0, usize::MAX, true);
        let result = pushed.and_then(|()| {
            self.install_closure(body, at);
            self.frames.last_mut().expect("class body frame").namespace = namespace;
            self.run()
        });
        result?;
        // A class that defines __eq__ but not __hash__ is unhashable, whatever its
        // bases say (CPython's type_new sets `__hash__ = None`).
        let (eq, hash) = (self.intern("__eq__"), self.intern("__hash__"));
        if self.dict_get(namespace, eq)?.is_some() && self.dict_get(namespace, hash)?.is_none() {
            self.dict_set(namespace, hash, Value::NONE)?;
        }
        self.roots.pop();
        let attrs = match &mut namespace.as_obj().expect("dict").body {
            ObjBody::Dict(d) => std::mem::take(d),
            _ => unreachable!("namespace is a dict"),
        };
        let class_name = self.str(name)?;
        let base = if base.is_none() {
            self.types.class(BuiltinType::Object)
        } else {
            base
        };
        let builtin = match &base.as_obj().expect("class").body {
            ObjBody::Class(c) if c.builtin.is_some_and(|b| b.is_exception()) => c.builtin,
            _ => None,
        };
        let qualname = self.codes[code_index as usize].qualname.clone();
        let class = self.heap.alloc(ObjBody::Class(Box::new(ClassObj {
            name: class_name.into(),
            qualname: qualname.as_str().into(),
            base,
            attrs: *attrs,
            builtin: None,
        })));
        // Methods remember their class for zero-argument super(), also inside
        // static and class methods and properties: the functions this class body
        // defined (CPython's `__class__` cell), not functions defined elsewhere and
        // only stored here (`g = Other.f`, `h = module_function`).
        let method_prefix = format!("{qualname}.");
        if let ObjBody::Class(c) = &class.as_obj().expect("class").body {
            for v in c.attrs.values() {
                let inner: Vec<Value> = match v.as_obj().map(|o| &o.body) {
                    Some(ObjBody::Instance(w))
                        if matches!(
                            self.nearest_builtin(w.class),
                            BuiltinType::StaticMethod
                                | BuiltinType::ClassMethod
                                | BuiltinType::Property
                        ) =>
                    {
                        w.attrs.values().collect()
                    }
                    _ => vec![v],
                };
                for f in inner {
                    if let Some(ObjBody::Function(f)) = f.as_obj().map(|o| &mut o.body) {
                        let defined_here = self.codes[f.code as usize]
                            .qualname
                            .strip_prefix(&method_prefix)
                            .is_some_and(|name| !name.contains('.'));
                        if defined_here {
                            f.owner_class = class;
                        }
                    }
                }
            }
        }
        let _ = builtin;
        Ok(class)
    }

    /// `Class(args)`: a new instance (or exception), with `__init__` run on it.
    /// CPython calls a class through its C call machinery: one level of recursion
    /// (see `c_levels`), below `__init__`'s frame.
    fn instantiate(&mut self, class: Value, args: &super::call::Args) -> PyResult<Value> {
        self.in_c_level(super::c_levels::CALLING, |vm| vm.new_instance(class, args))
    }

    fn new_instance(&mut self, class: Value, args: &super::call::Args) -> PyResult<Value> {
        let is_exception = self.nearest_builtin(class).is_exception();
        let instance = if is_exception {
            let e = self.new_exception(class, args.pos.clone());
            if let Some(ObjBody::Exception(x)) = e.as_obj().map(|o| &mut o.body) {
                x.context = Value::NONE; // made, not raised (yet)
            }
            e
        } else {
            self.heap.alloc(ObjBody::Instance(Box::new(InstanceObj {
                class,
                attrs: PyDict::new(),
            })))
        };
        let init_name = self.intern("__init__");
        if let Some(init) = self.lookup_class_attr(class, init_name) {
            if matches!(init.as_obj().map(|o| &o.body), Some(ObjBody::Function(_))) {
                self.roots.push(instance);
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(instance);
                pos.extend_from_slice(&args.pos);
                let r = self.call_value(init, &pos, &args.kw);
                self.roots.pop();
                let r = r?;
                if !r.is_none() {
                    let msg = format!("__init__() should return None, not '{}'", self.type_name(r));
                    return Err(self.type_error(msg));
                }
                return Ok(instance);
            }
        }
        if !is_exception && (!args.pos.is_empty() || !args.kw.is_empty()) {
            let name = self.type_name(instance);
            return Err(self.type_error(format!("{name}() takes no arguments")));
        }
        if is_exception && !args.kw.is_empty() {
            // BaseException.__init__ takes positional arguments only.
            let name = self.type_name(instance);
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        Ok(instance)
    }

    /// `f(*args, **kwargs)` with a tuple and an optional dict.
    pub(crate) fn call_ex(&mut self, f: Value, args: Value, kwargs: Value) -> PyResult<Value> {
        let pos: Vec<Value> = match args.as_obj().map(|o| &o.body) {
            Some(ObjBody::Tuple(t)) => t.to_vec(),
            _ if !self.is_iterable(args) => {
                let msg = format!(
                    "{} argument after * must be an iterable, not {}",
                    self.function_str(f),
                    self.type_name(args)
                );
                return Err(self.type_error(msg));
            }
            _ => self.collect_iterable(args)?,
        };
        let kw: Vec<(Value, Value)> = match kwargs.as_obj().map(|o| &o.body) {
            Some(ObjBody::Dict(d)) => d.iter().collect(),
            _ => Vec::new(),
        };
        if kw
            .iter()
            .any(|(k, _)| !matches!(k.as_obj().map(|o| &o.body), Some(ObjBody::Str(_))))
        {
            return Err(self.type_error("keywords must be strings"));
        }
        self.call_value(f, &pos, &kw)
    }

    /// `**m` in a call of `func` (CPython's `DICT_MERGE`): `m`'s items into the
    /// keyword dict `d`, a mapping required and a repeated keyword an error.
    pub(crate) fn merge_kwargs(&mut self, d: Value, m: Value, func: Value) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match m.as_obj().map(|o| &o.body) {
            Some(ObjBody::Dict(src)) => src.iter().collect(),
            _ => {
                let msg = format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.function_str(func),
                    self.type_name(m)
                );
                return Err(self.type_error(msg));
            }
        };
        for (k, v) in items {
            if self.dict_get(d, k)?.is_some() {
                let key = self.str(k)?;
                let msg = format!(
                    "{} got multiple values for keyword argument '{key}'",
                    self.function_str(func)
                );
                return Err(self.type_error(msg));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// How CPython's messages about a call's arguments name the callable
    /// (`_PyObject_FunctionStr`): `print()`, `dict()`, `__main__.f()`,
    /// `__main__.Point.move()`.
    fn function_str(&self, func: Value) -> String {
        match func.as_obj().map(|o| &o.body) {
            Some(ObjBody::Function(f)) => {
                format!("__main__.{}()", self.codes[f.code as usize].qualname)
            }
            Some(ObjBody::BoundMethod(m)) => self.function_str(m.func),
            // A built-in class is named bare (`dict()`), a class of the program with
            // its module (`__main__.Point()`).
            Some(ObjBody::Class(c)) if c.builtin.is_some_and(|t| self.types.class(t) == func) => {
                format!("{}()", c.name)
            }
            Some(ObjBody::Class(c)) => format!("__main__.{}()", c.name),
            Some(ObjBody::Builtin(b)) => match b.id {
                // `print()`, `math.sqrt()`
                super::builtins::BuiltinId::Function(i) => {
                    format!("{}()", super::builtins::FUNCTIONS[i as usize].0)
                }
                // `str.format()`
                super::builtins::BuiltinId::Method(_) => format!(
                    "{}.{}()",
                    self.type_name(b.receiver),
                    super::builtins::builtin_name(b.id)
                ),
                super::builtins::BuiltinId::Unbound(i) => format!(
                    "{}.{}()",
                    super::methods::METHODS[i as usize].0.name(),
                    super::builtins::builtin_name(b.id)
                ),
            },
            _ => format!("{}()", self.type_name(func)),
        }
    }

    /// `recv.name(args)` with the receiver at `stack[recv_at]` and the arguments after it.
    pub(crate) fn call_method_at(
        &mut self,
        recv_at: usize,
        argc: usize,
        name: Value,
        ret: usize,
        cache: &std::cell::Cell<u32>,
    ) -> PyResult<Called> {
        let recv = self.stack[recv_at];
        match recv.as_obj().map(|o| &o.body) {
            Some(ObjBody::Instance(inst)) => {
                let class = inst.class;
                if let Some(v) = self.instance_attr(recv, name) {
                    return self.call_at(v, recv_at + 1, argc, None, ret);
                }
                match self.lookup_class_attr(class, name) {
                    Some(m) => match m.as_obj().map(|o| &o.body) {
                        Some(ObjBody::Function(_)) => self.call_at(m, recv_at, argc + 1, None, ret),
                        _ => {
                            let bound = self.bind_attr(recv, m)?;
                            self.call_at(bound, recv_at + 1, argc, None, ret)
                        }
                    },
                    None => {
                        let attr = self.get_attr(recv, name)?;
                        self.call_at(attr, recv_at + 1, argc, None, ret)
                    }
                }
            }
            Some(ObjBody::Module(_)) | Some(ObjBody::Class(_)) | Some(ObjBody::Exception(_)) => {
                let attr = self.get_attr(recv, name)?;
                self.call_at(attr, recv_at + 1, argc, None, ret)
            }
            _ => {
                // The cache holds (type << 16) | (method index + 1); 0 is empty.
                let t = self.builtin_type(recv);
                let cached = cache.get();
                let id = if cached != 0 && cached >> 16 == t as u32 {
                    Some((cached & 0xFFFF) as u16 - 1)
                } else {
                    let id = super::methods::method_id(t, self.str_ref(name));
                    if let Some(id) = id {
                        cache.set(method_cache_value(t, id));
                    }
                    id
                };
                let Some(id) = id else {
                    // Not a method: an attribute that may be callable (`x.__class__`),
                    // or the error `get_attr` gives.
                    let attr = self.get_attr(recv, name)?;
                    return self.call_at(attr, recv_at + 1, argc, None, ret);
                };
                let method = super::methods::METHODS[id as usize].2;
                let levels = self.builtin_levels(BuiltinId::Method(id));
                self.enter_builtin_levels(levels)?;
                let r =
                    self.with_stack_args(recv_at + 1, argc, |vm, args| method(vm, recv, args, &[]));
                self.leave_builtin_levels(levels);
                r.map(Called::Done)
            }
        }
    }

    /// A bound method object.
    pub(crate) fn new_bound_method(&mut self, receiver: Value, func: Value) -> Value {
        self.heap
            .alloc(ObjBody::BoundMethod(BoundMethodObj { receiver, func }))
    }

    /// A builtin bound to a receiver (`[].append`).
    pub(crate) fn new_builtin(&mut self, id: BuiltinId, receiver: Value) -> Value {
        self.heap
            .alloc(ObjBody::Builtin(crate::runtime::object::BuiltinObj {
                id,
                receiver,
            }))
    }
}
