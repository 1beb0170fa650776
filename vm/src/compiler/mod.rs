//! AST to register bytecode.
//!
//! One [`FnBuilder`] per code object. Named locals get fixed registers; temporaries are
//! allocated above them stack-wise and released at statement boundaries (a `for`
//! loop's iterator stays live by raising the floor). Expressions compile either into
//! "any register" ([`FnBuilder::expr`], which returns a local's own register without a
//! copy) or into a given destination ([`FnBuilder::expr_to`]).
//!
//! Architecture invariant: the compiler knows the runtime only through the constant
//! values it allocates on the heap; it never runs code.

mod expr;
pub mod scope;
mod stmt;

use crate::bytecode::{CodeKind, CodeObject, Handler, Instr, Reg, Signature};
use crate::runtime::heap::Heap;
use crate::runtime::object::{ObjBody, StrObj};
use crate::runtime::value::Value;
use crate::syntax::ast::{Module, Span};
use crate::syntax::{ParseError, ParseErrorKind};
use scope::{ScopeId, ScopeKind, ScopeTable};
use std::collections::{HashMap, HashSet};

/// A compiled program: every code object, with the module's at `main`.
pub struct Program {
    pub codes: Vec<CodeObject>,
    pub global_names: Vec<String>,
    pub main: u32,
    /// The str constants of at most one Latin-1 character, by text: the VM makes
    /// them its cached one-character strs, so that a str built at run time (`s[i]`,
    /// `"a b".split()`) is the very object of an equal constant, as in CPython.
    pub short_strs: HashMap<String, Value>,
}

pub type CompileResult<T> = Result<T, ParseError>;

pub(crate) fn error(kind: ParseErrorKind, message: impl Into<String>, span: Span) -> ParseError {
    ParseError {
        kind,
        message: message.into(),
        line: span.line,
        col: span.col,
    }
}

pub(crate) fn unsupported(what: &str, span: Span) -> ParseError {
    error(
        ParseErrorKind::Unsupported,
        format!("{what} is not supported by Krait"),
        span,
    )
}

/// State shared by all code objects of one program.
pub(crate) struct Ctx<'a> {
    heap: &'a mut Heap,
    scopes: ScopeTable,
    codes: Vec<Option<CodeObject>>,
    global_names: Vec<String>,
    global_index: HashMap<String, u16>,
    /// Str constants by text, shared by all code objects: equal constants are one
    /// object, so comparing them (`op == "add"`) is a pointer comparison.
    strs: HashMap<String, Value>,
}

impl Ctx<'_> {
    fn global_slot(&mut self, name: &str) -> u16 {
        if let Some(&slot) = self.global_index.get(name) {
            return slot;
        }
        let slot = self.global_names.len() as u16;
        self.global_names.push(name.to_string());
        self.global_index.insert(name.to_string(), slot);
        slot
    }

    fn reserve_code(&mut self) -> u16 {
        self.codes.push(None);
        (self.codes.len() - 1) as u16
    }
}

/// Compiles a parsed module. Constants are allocated on `heap` and stay reachable
/// through the returned program's code objects.
pub fn compile(module: &Module, heap: &mut Heap) -> CompileResult<Program> {
    let scopes =
        scope::analyze(module).map_err(|e| error(ParseErrorKind::Syntax, e.message, e.span))?;
    let mut ctx = Ctx {
        heap,
        scopes,
        codes: Vec::new(),
        global_names: Vec::new(),
        global_index: HashMap::new(),
        strs: HashMap::new(),
    };
    let main = ctx.reserve_code();
    let mut b = FnBuilder::new(
        &mut ctx,
        0,
        "<module>".into(),
        "<module>".into(),
        CodeKind::Module,
        &Signature::default(),
        1,
    );
    b.block(&module.body)?;
    let none = b.temp();
    b.emit(Instr::LoadConst { dst: none, k: 0 });
    b.emit(Instr::Return { src: none });
    let code = b.finish();
    ctx.codes[main as usize] = Some(code);
    let codes = ctx
        .codes
        .into_iter()
        .map(|c| c.expect("every reserved code object is filled"))
        .collect();
    let short_strs = ctx
        .strs
        .into_iter()
        .filter(|(text, _)| {
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (None, _) => true,
                (Some(c), None) => (c as u32) < 256,
                _ => false,
            }
        })
        .collect();
    Ok(Program {
        codes,
        global_names: ctx.global_names,
        main: main as u32,
        short_strs,
    })
}

#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    Int(i64),
    Float(u64),
    Str(String),
    Other(u64),
}

/// A loop being compiled: where `continue` goes and the `break` jumps to patch.
struct LoopCtx {
    continue_target: u32,
    breaks: Vec<usize>,
    /// `finally_stack.len()` and `handler_depth` when the loop began.
    finally_depth: usize,
    handler_depth: u16,
}

/// A `finally` body that `return`/`break`/`continue` must run on the way out.
struct FinallyCtx<'a> {
    body: &'a [crate::syntax::ast::Stmt],
    handler_depth: u16,
    /// `blocks` where the `try` began (where its `finally` body is compiled).
    blocks: u32,
}

/// CPython's compiler refuses a 21st level of loops and `try` blocks in one code
/// object (`CO_MAXBLOCKS`): "too many statically nested blocks".
const MAX_BLOCKS: u32 = 20;

pub(crate) struct FnBuilder<'c, 'a, 'f> {
    ctx: &'c mut Ctx<'a>,
    code: CodeObject,
    scope_kind: ScopeKind,
    locals: HashMap<String, Reg>,
    /// Names whose register holds a cell (captured locals and free variables).
    cells: HashSet<String>,
    declared_globals: HashSet<String>,
    /// In a class body, the names it binds: they live in its namespace even when a
    /// method captures the same name from the enclosing function.
    class_names: HashSet<String>,
    /// The innermost enclosing class's name without its leading underscores, for
    /// private names (`__x` is `_C__x` inside class `C`); None outside classes.
    mangle_class: Option<String>,
    const_index: HashMap<ConstKey, u16>,
    temp_floor: Reg,
    next_temp: Reg,
    loops: Vec<LoopCtx>,
    finally_stack: Vec<FinallyCtx<'f>>,
    /// Active `EnterHandler`s (except bodies being compiled).
    handler_depth: u16,
    /// The blocks CPython's compiler would have open here (its "frame blocks": a
    /// loop's body, a `try` body, an `except` body two, a `finally` body run on an
    /// exception one), bounded by [`MAX_BLOCKS`].
    blocks: u32,
    /// Inline-comprehension targets, innermost last.
    comp_bindings: Vec<(String, Reg)>,
    /// Locals certainly assigned at this point (their reads skip `CheckBound`).
    assigned: HashSet<String>,
    line: u32,
}

impl<'c, 'a, 'f> FnBuilder<'c, 'a, 'f> {
    fn new(
        ctx: &'c mut Ctx<'a>,
        scope_id: ScopeId,
        name: String,
        qualname: String,
        kind: CodeKind,
        sig: &Signature,
        first_line: u32,
    ) -> Self {
        let code = CodeObject {
            name,
            qualname,
            kind,
            signature: sig.clone(),
            instrs: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            nregs: 0,
            named_regs: u16::MAX,
            free_regs: Vec::new(),
            handlers: Vec::new(),
            reg_names: Vec::new(),
            first_line,
            simple_arity: u16::MAX,
            inline_caches: Vec::new(),
            feedback: Vec::new(),
            warmup: std::cell::Cell::new(0),
            quiet_back_edges: Vec::new(),
        };
        let scope = ctx.scopes.scopes.get(&scope_id);
        let scope_kind = scope.and_then(|s| s.kind).unwrap_or(ScopeKind::Module);
        let mut b = FnBuilder {
            ctx,
            code,
            scope_kind,
            locals: HashMap::new(),
            cells: HashSet::new(),
            declared_globals: HashSet::new(),
            class_names: HashSet::new(),
            mangle_class: None,
            const_index: HashMap::new(),
            temp_floor: 0,
            next_temp: 0,
            loops: Vec::new(),
            finally_stack: Vec::new(),
            handler_depth: 0,
            blocks: 0,
            comp_bindings: Vec::new(),
            assigned: HashSet::new(),
            line: first_line,
        };
        // K[0] is always None.
        b.constant(ConstKey::Other(0), Value::NONE);
        b.layout_registers(scope_id, sig);
        b
    }

    /// Parameters, then free variables (cells from the closure), then other locals.
    fn layout_registers(&mut self, scope_id: ScopeId, sig: &Signature) {
        let mut next: Reg = 0;
        let mut place = |b: &mut Self, name: &str| {
            b.locals.insert(name.to_string(), next);
            b.code.reg_names.push((next, name.to_string()));
            next += 1;
        };
        for p in sig.param_names() {
            place(self, p);
            self.assigned.insert(p.clone());
        }
        let Some(scope) = self.ctx.scopes.scopes.get(&scope_id) else {
            self.code.named_regs = next;
            self.temp_floor = next;
            self.next_temp = next;
            return;
        };
        let frees = scope.frees.clone();
        let cells = scope.cells.clone();
        let locals = scope.locals.clone();
        self.declared_globals = scope.globals.clone();
        for f in &frees {
            place(self, f);
            self.code.free_regs.push(self.locals[f]);
            self.cells.insert(f.clone());
        }
        if self.scope_kind == ScopeKind::Class {
            self.class_names = locals.iter().cloned().collect();
        }
        if self.scope_kind == ScopeKind::Function {
            for l in &locals {
                if !self.locals.contains_key(l) {
                    place(self, l);
                }
            }
        }
        for c in &cells {
            self.cells.insert(c.clone());
        }
        self.code.named_regs = next;
        self.temp_floor = next;
        self.next_temp = next;
        self.code.nregs = next;
        // Captured locals live in cells, created at entry (parameters keep their value).
        let mut cell_regs: Vec<Reg> = cells
            .iter()
            .filter_map(|c| self.locals.get(c).copied())
            .collect();
        cell_regs.sort_unstable();
        for reg in cell_regs {
            self.emit(Instr::MakeCell { reg });
        }
    }

    fn finish(mut self) -> CodeObject {
        self.code.inline_caches = vec![std::cell::Cell::new(0); self.code.instrs.len()];
        self.code.feedback = vec![std::cell::Cell::new(0); self.code.instrs.len()];
        self.code.nregs = self.code.nregs.max(self.next_temp);
        let sig = &self.code.signature;
        if self.code.kind == CodeKind::Function
            && self.code.free_regs.is_empty()
            && sig.kwonly.is_empty()
            && sig.varargs.is_none()
            && sig.varkw.is_none()
        {
            self.code.simple_arity = sig.positional.len() as u16;
        }
        self.code
    }

    pub(crate) fn emit(&mut self, instr: Instr) -> usize {
        self.code.instrs.push(instr);
        self.code.lines.push(self.line);
        self.code.instrs.len() - 1
    }

    fn pc(&self) -> u32 {
        self.code.instrs.len() as u32
    }

    /// Points the jump at `at` to the current pc.
    fn patch_here(&mut self, at: usize) {
        let here = self.pc();
        self.patch(at, here);
    }

    fn patch_all_here(&mut self, at: Vec<usize>) {
        for jump in at {
            self.patch_here(jump);
        }
    }

    fn patch(&mut self, at: usize, to: u32) {
        match &mut self.code.instrs[at] {
            Instr::Jump { target }
            | Instr::JumpIfFalse { target, .. }
            | Instr::JumpIfTrue { target, .. }
            | Instr::BranchCompare { target, .. }
            | Instr::ForIter { target, .. } => *target = to,
            other => unreachable!("patching a non-jump {other:?}"),
        }
    }

    pub(crate) fn temp(&mut self) -> Reg {
        let r = self.next_temp;
        self.next_temp += 1;
        self.code.nregs = self.code.nregs.max(self.next_temp);
        r
    }

    /// `n` consecutive temporaries; returns the first.
    pub(crate) fn temps(&mut self, n: usize) -> Reg {
        let first = self.next_temp;
        for _ in 0..n {
            self.temp();
        }
        first
    }

    fn constant(&mut self, key: ConstKey, value: Value) -> u16 {
        if let Some(&k) = self.const_index.get(&key) {
            return k;
        }
        let k = self.code.consts.len() as u16;
        self.code.consts.push(value);
        self.const_index.insert(key, k);
        k
    }

    pub(crate) fn str_const(&mut self, s: &str) -> u16 {
        if let Some(&k) = self.const_index.get(&ConstKey::Str(s.to_string())) {
            return k;
        }
        let ctx = &mut *self.ctx;
        let v = *ctx.strs.entry(s.to_string()).or_insert_with(|| {
            // Hashed now: compiled code compares cached hashes before texts.
            let st = StrObj::new(s.into());
            st.hash();
            ctx.heap.alloc(ObjBody::Str(st))
        });
        self.constant(ConstKey::Str(s.to_string()), v)
    }

    pub(crate) fn value_const(&mut self, v: Value) -> u16 {
        let key = if v.is_small_int() {
            ConstKey::Int(v.as_small_int())
        } else if v.is_float() {
            ConstKey::Float(v.bits())
        } else {
            ConstKey::Other(v.bits())
        };
        self.constant(key, v)
    }

    /// A constant that must not be shared (big ints, tuples of names).
    pub(crate) fn unique_const(&mut self, v: Value) -> u16 {
        let k = self.code.consts.len() as u16;
        self.code.consts.push(v);
        k
    }

    pub(crate) fn heap(&mut self) -> &mut Heap {
        self.ctx.heap
    }

    pub(crate) fn set_line(&mut self, span: Span) {
        if span.line > 0 {
            self.line = span.line;
        }
    }

    /// Compiles a nested function-like code object and returns its index.
    fn nested_code(
        &mut self,
        scope_id: ScopeId,
        name: &str,
        kind: CodeKind,
        sig: &Signature,
        first_line: u32,
        body: impl FnOnce(&mut FnBuilder<'_, 'a, 'f>) -> CompileResult<()>,
    ) -> CompileResult<u16> {
        let index = self.ctx.reserve_code();
        // CPython adds `<locals>` below functions and lambdas, not comprehensions.
        let comprehension = matches!(
            self.code.name.as_str(),
            "<listcomp>" | "<setcomp>" | "<dictcomp>" | "<genexpr>"
        );
        let qualname = match self.code.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::ClassBody => format!("{}.{}", self.code.qualname, name),
            _ if comprehension => format!("{}.{}", self.code.qualname, name),
            _ => format!("{}.<locals>.{}", self.code.qualname, name),
        };
        let mut b = FnBuilder::new(
            self.ctx,
            scope_id,
            name.to_string(),
            qualname,
            kind,
            sig,
            first_line,
        );
        b.mangle_class = if kind == CodeKind::ClassBody {
            Some(name.trim_start_matches('_').to_string()).filter(|n| !n.is_empty())
        } else {
            self.mangle_class.clone()
        };
        body(&mut b)?;
        let code = b.finish();
        self.ctx.codes[index as usize] = Some(code);
        Ok(index)
    }

    /// A private name (`__x`, not `__x__`) as CPython mangles it inside a class:
    /// `_C__x`.
    pub(crate) fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        match &self.mangle_class {
            Some(class) if name.starts_with("__") && !name.ends_with("__") => {
                std::borrow::Cow::Owned(format!("_{class}{name}"))
            }
            _ => std::borrow::Cow::Borrowed(name),
        }
    }

    /// The constant for attribute name `attr`, mangled if private.
    pub(crate) fn attr_const(&mut self, attr: &str) -> u16 {
        let name = self.mangle(attr).into_owned();
        self.str_const(&name)
    }

    fn code_at(&self, index: u16) -> &CodeObject {
        self.ctx.codes[index as usize]
            .as_ref()
            .expect("nested code is finished before use")
    }

    pub(crate) fn add_handler(&mut self, start: u32, end: u32, target: u32, exc_reg: Reg) {
        self.code.handlers.push(Handler {
            start,
            end,
            target,
            exc_reg,
            depth: self.handler_depth,
        });
    }
}
