//! Scope analysis: for every function, lambda, generator expression and class body,
//! which names are its locals, which are captured by inner functions (cells), which
//! it captures from outer functions (free), and which are global.
//!
//! List, set and dict comprehensions are compiled inline in the enclosing scope (their
//! targets get hidden registers), so they are not scopes here; their targets are not
//! locals of the enclosing function.

use crate::syntax::ast::*;
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

/// What the compiler needs to know about one scope.
#[derive(Debug, Default)]
pub struct Scope {
    pub kind: Option<ScopeKind>,
    /// Names bound in this scope, in first-binding order (parameters first).
    pub locals: Vec<String>,
    /// Locals captured by an inner scope: stored in cells.
    pub cells: HashSet<String>,
    /// Names captured from enclosing functions, in a stable order.
    pub frees: Vec<String>,
    /// Names declared `global`.
    pub globals: HashSet<String>,
    pub is_generator: bool,
}

impl Scope {
    pub fn is_local(&self, name: &str) -> bool {
        self.locals.iter().any(|n| n == name) && !self.globals.contains(name)
    }
}

/// Identifies a scope-introducing AST node by its address (the AST is not moved
/// between analysis and compilation).
pub type ScopeId = usize;

pub fn id_of<T>(node: &T) -> ScopeId {
    node as *const T as usize
}

#[derive(Debug)]
pub struct ScopeError {
    pub message: String,
    pub span: Span,
}

/// The result of analysis: the scope of each node, and the module's.
pub struct ScopeTable {
    pub scopes: HashMap<ScopeId, Scope>,
}

/// A scope while it is being collected.
struct Collector {
    kind: ScopeKind,
    id: ScopeId,
    bound: Vec<String>,
    used: Vec<String>,
    globals: HashSet<String>,
    nonlocals: Vec<(String, Span)>,
    children: Vec<Collector>,
    is_generator: bool,
    /// Names bound by enclosing inline comprehensions (not locals of this scope).
    comp_bound: Vec<String>,
    /// What each name has been so far in this scope, as CPython's symbol table
    /// flags it ([`MARK_PARAM`], ...), for its messages about a later `global` or
    /// `nonlocal` naming it.
    marks: HashMap<String, u8>,
    /// Inside an inline comprehension past its first iterable: code of the
    /// comprehension's own scope in CPython, which marks nothing here.
    in_comprehension: u32,
}

/// A parameter, a read, an annotated target, an assignment or deletion (an import
/// is none of them: CPython lets `global` follow it).
const MARK_PARAM: u8 = 1;
const MARK_USE: u8 = 2;
const MARK_ANNOT: u8 = 4;
const MARK_LOCAL: u8 = 8;

impl Collector {
    fn new(kind: ScopeKind, id: ScopeId) -> Collector {
        Collector {
            kind,
            id,
            bound: Vec::new(),
            used: Vec::new(),
            globals: HashSet::new(),
            nonlocals: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            comp_bound: Vec::new(),
            marks: HashMap::new(),
            in_comprehension: 0,
        }
    }

    fn mark(&mut self, name: &str, mark: u8) {
        if self.in_comprehension == 0 {
            *self.marks.entry(name.to_string()).or_default() |= mark;
        }
    }

    /// CPython's error for a `global` or `nonlocal` (`what`) declaration of `name`
    /// after the scope has used it, by the first of its flags in CPython's order.
    fn declared_late(&self, name: &str, what: &str, span: Span) -> Result<(), ScopeError> {
        let mark = self.marks.get(name).copied().unwrap_or(0);
        let message = if mark & MARK_PARAM != 0 {
            format!("name '{name}' is parameter and {what}")
        } else if mark & MARK_USE != 0 {
            format!("name '{name}' is used prior to {what} declaration")
        } else if mark & MARK_ANNOT != 0 {
            format!("annotated name '{name}' can't be {what}")
        } else if mark & MARK_LOCAL != 0 {
            format!("name '{name}' is assigned to before {what} declaration")
        } else {
            return Ok(());
        };
        Err(ScopeError { message, span })
    }

    fn bind(&mut self, name: &str) {
        if self.comp_bound.iter().any(|n| n == name) {
            return;
        }
        if !self.bound.iter().any(|n| n == name) {
            self.bound.push(name.to_string());
        }
    }

    fn use_name(&mut self, name: &str) {
        if self.comp_bound.iter().any(|n| n == name) {
            return;
        }
        if !self.used.iter().any(|n| n == name) {
            self.used.push(name.to_string());
        }
    }

    fn params(&mut self, params: &Params) {
        let names = params
            .positional
            .iter()
            .chain(&params.kwonly)
            .map(|p| &p.name)
            .chain(&params.vararg)
            .chain(&params.kwarg);
        for name in names {
            self.bind(name);
            self.mark(name, MARK_PARAM);
        }
    }

    fn body(&mut self, stmts: &[Stmt]) -> Result<(), ScopeError> {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.expr(annotation)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.mark(n, MARK_ANNOT | MARK_LOCAL);
                }
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.declared_late(n, "global", s.span)?;
                    self.globals.insert(n.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    self.declared_late(n, "nonlocal", s.span)?;
                    self.nonlocals.push((n.clone(), s.span));
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::FunctionDef(def) => {
                for d in &def.decorators {
                    self.expr(d)?;
                }
                self.defaults(&def.params)?;
                self.bind(&def.name);
                self.mark(&def.name, MARK_LOCAL);
                let mut child = Collector::new(ScopeKind::Function, id_of(&**def));
                child.params(&def.params);
                child.body(&def.body)?;
                self.children.push(child);
            }
            StmtKind::ClassDef(class) => {
                for d in &class.decorators {
                    self.expr(d)?;
                }
                for b in &class.bases {
                    self.expr(b)?;
                }
                self.bind(&class.name);
                self.mark(&class.name, MARK_LOCAL);
                let mut child = Collector::new(ScopeKind::Class, id_of(&**class));
                child.body(&class.body)?;
                self.children.push(child);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try(t) => {
                self.body(&t.body)?;
                for h in &t.handlers {
                    if let Some(typ) = &h.typ {
                        self.expr(typ)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                        self.mark(n, MARK_LOCAL);
                    }
                    self.body(&h.body)?;
                }
                self.body(&t.orelse)?;
                self.body(&t.finalbody)?;
            }
            StmtKind::Import(names) => {
                for (module, alias) in names {
                    let bound = alias
                        .as_deref()
                        .unwrap_or_else(|| module.split('.').next().unwrap_or(module));
                    self.bind(bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for (name, alias) in names {
                    self.bind(alias.as_deref().unwrap_or(name));
                }
            }
        }
        Ok(())
    }

    fn defaults(&mut self, params: &Params) -> Result<(), ScopeError> {
        for p in params.positional.iter().chain(&params.kwonly) {
            if let Some(d) = &p.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.bind(n);
                self.mark(n, MARK_LOCAL);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
            }
            ExprKind::Starred(inner) => self.target(inner)?,
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), ScopeError> {
        let saved = self.comp_bound.len();
        let mut names = Vec::new();
        // The first iterable is evaluated outside; the rest is the comprehension's
        // own scope in CPython.
        if let Some(g) = generators.first() {
            self.expr(&g.iter)?;
        }
        self.in_comprehension += 1;
        for (i, g) in generators.iter().enumerate() {
            // Each iterable sees the targets of the clauses before it.
            if i > 0 {
                self.expr(&g.iter)?;
            }
            collect_target_names(&g.target, &mut names);
            self.comp_bound.append(&mut names);
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.in_comprehension -= 1;
        self.comp_bound.truncate(saved);
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match &e.kind {
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Ellipsis => {}
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Name(n) => {
                self.use_name(n);
                self.mark(n, MARK_USE);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v))?,
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                comparators.iter().try_for_each(|c| self.expr(c))?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    match a {
                        Arg::Positional(x) | Arg::Star(x) => self.expr(x)?,
                    }
                }
                keywords.iter().try_for_each(|k| self.expr(&k.value))?;
            }
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter().try_for_each(|i| self.expr(i))?
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Starred(inner) => self.expr(inner)?,
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                if comprehension_needs_scope(self.kind == ScopeKind::Class, generators, &[elt]) {
                    self.scoped_comprehension(e, generators, &[elt], false)?
                } else {
                    self.comprehension(generators, &[elt])?
                }
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                let in_class = self.kind == ScopeKind::Class;
                if comprehension_needs_scope(in_class, generators, &[key, value]) {
                    self.scoped_comprehension(e, generators, &[key, value], false)?
                } else {
                    self.comprehension(generators, &[key, value])?
                }
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.scoped_comprehension(e, generators, &[elt], true)?
            }
            ExprKind::Lambda { params, body } => {
                self.defaults(params)?;
                let mut child = Collector::new(ScopeKind::Function, id_of(e));
                child.params(params);
                child.expr(body)?;
                self.children.push(child);
            }
            ExprKind::Yield(v) => {
                self.is_generator = true;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.is_generator = true;
                self.expr(v)?;
            }
        }
        Ok(())
    }

    /// A generator expression, or a comprehension that needs its own scope: a function
    /// taking the first iterator as `.0`, evaluated in this scope.
    fn scoped_comprehension(
        &mut self,
        e: &Expr,
        generators: &[Comprehension],
        elts: &[&Expr],
        is_generator: bool,
    ) -> Result<(), ScopeError> {
        self.expr(&generators[0].iter)?;
        let mut child = Collector::new(ScopeKind::Function, id_of(e));
        child.is_generator = is_generator;
        child.bind(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                child.expr(&g.iter)?;
            }
            child.target(&g.target)?;
            g.ifs.iter().try_for_each(|c| child.expr(c))?;
        }
        for elt in elts {
            child.expr(elt)?;
        }
        self.children.push(child);
        Ok(())
    }

    fn fstring(&mut self, parts: &[FStringPart]) -> Result<(), ScopeError> {
        for p in parts {
            if let FStringPart::Formatted { value, spec, .. } = p {
                self.expr(value)?;
                self.fstring(spec)?;
            }
        }
        Ok(())
    }
}

/// Whether a list, set or dict comprehension is compiled as its own function rather
/// than inline: in a class body (whose names the comprehension, a function in
/// CPython, must not see), or when a lambda or generator expression inside it may
/// capture its variables (inline targets live in plain registers, which cannot be
/// captured).
pub fn comprehension_needs_scope(
    in_class: bool,
    generators: &[Comprehension],
    elts: &[&Expr],
) -> bool {
    in_class
        || generators
            .iter()
            .enumerate()
            .any(|(i, g)| (i > 0 && contains_scope(&g.iter)) || g.ifs.iter().any(contains_scope))
        || elts.iter().any(|e| contains_scope(e))
}

fn contains_scope(e: &Expr) -> bool {
    if matches!(
        e.kind,
        ExprKind::Lambda { .. } | ExprKind::GeneratorExp { .. }
    ) {
        return true;
    }
    let mut found = false;
    for_each_child(e, &mut |c| found = found || contains_scope(c));
    found
}

/// The names a target binds (`a, (b, *c)` binds a, b, c).
pub fn collect_target_names(t: &Expr, out: &mut Vec<String>) {
    match &t.kind {
        ExprKind::Name(n) => out.push(n.clone()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().for_each(|i| collect_target_names(i, out))
        }
        ExprKind::Starred(inner) => collect_target_names(inner, out),
        _ => {}
    }
}

/// Analyses a module; the module's own scope has id 0.
pub fn analyze(module: &Module) -> Result<ScopeTable, ScopeError> {
    let mut root = Collector::new(ScopeKind::Module, 0);
    root.body(&module.body)?;
    let mut table = ScopeTable {
        scopes: HashMap::new(),
    };
    resolve(root, &[], &mut table)?;
    Ok(table)
}

/// An enclosing function scope visible to closures: its id and bound names.
struct Enclosing<'a> {
    id: ScopeId,
    bound: &'a [String],
    globals: &'a HashSet<String>,
}

/// Decides each name of `c` and its children; returns the names `c` needs from
/// enclosing scopes (its free variables).
fn resolve(
    c: Collector,
    enclosing: &[Enclosing],
    table: &mut ScopeTable,
) -> Result<Vec<String>, ScopeError> {
    let mut scope = Scope {
        kind: Some(c.kind),
        is_generator: c.is_generator,
        globals: c.globals.clone(),
        ..Scope::default()
    };
    let nonlocal_names: HashSet<&str> = c.nonlocals.iter().map(|(n, _)| n.as_str()).collect();
    if c.kind != ScopeKind::Module {
        for (n, span) in &c.nonlocals {
            if c.kind == ScopeKind::Function
                && !enclosing
                    .iter()
                    .any(|e| e.bound.contains(n) && !e.globals.contains(n))
            {
                return Err(ScopeError {
                    message: format!("no binding for nonlocal '{n}' found"),
                    span: *span,
                });
            }
        }
    }
    let is_own_local = |n: &str| {
        c.kind != ScopeKind::Module
            && c.bound.iter().any(|b| b == n)
            && !c.globals.contains(n)
            && !nonlocal_names.contains(n)
    };
    scope.locals = c
        .bound
        .iter()
        .filter(|n| is_own_local(n))
        .cloned()
        .collect();

    // Children see this scope's locals only if it is a function.
    let mut inner_enclosing: Vec<Enclosing> = enclosing
        .iter()
        .map(|e| Enclosing {
            id: e.id,
            bound: e.bound,
            globals: e.globals,
        })
        .collect();
    let own_bound: Vec<String> = scope.locals.clone();
    if c.kind == ScopeKind::Function {
        inner_enclosing.push(Enclosing {
            id: c.id,
            bound: &own_bound,
            globals: &c.globals,
        });
    }
    let mut frees: Vec<String> = Vec::new();
    let add_free = |frees: &mut Vec<String>, n: &str| {
        if !frees.iter().any(|f| f == n) {
            frees.push(n.to_string());
        }
    };
    for child in c.children {
        let child_frees = resolve(child, &inner_enclosing, table)?;
        for n in child_frees {
            if c.kind == ScopeKind::Function && own_bound.contains(&n) {
                scope.cells.insert(n);
            } else {
                add_free(&mut frees, &n);
            }
        }
    }
    if c.kind != ScopeKind::Module {
        let wants_outer = |n: &str| !is_own_local(n) && !c.globals.contains(n);
        for n in c.used.iter().chain(c.bound.iter()) {
            if wants_outer(n)
                && enclosing
                    .iter()
                    .rev()
                    .any(|e| e.bound.contains(n) && !e.globals.contains(n))
            {
                add_free(&mut frees, n);
            }
        }
    }
    // A free variable is a local of some enclosing function; stop at the one that binds it.
    frees.retain(|n| enclosing.iter().any(|e| e.bound.contains(n)));
    scope.frees = frees.clone();
    table.scopes.insert(c.id, scope);
    Ok(frees)
}
