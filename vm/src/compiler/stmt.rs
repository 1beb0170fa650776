//! Statements: assignment, control flow, definitions, exceptions, imports.

use super::scope::{id_of, ScopeKind};
use super::{error, unsupported, CompileResult, FinallyCtx, FnBuilder, LoopCtx, MAX_BLOCKS};
use crate::bytecode::{BinaryOp, CmpKind, CodeKind, Instr, Reg, Signature, NO_REG};
use crate::syntax::ast::*;
use crate::syntax::ParseErrorKind;

/// Where a name lives, as seen from the code being compiled.
pub(crate) enum NameLoc {
    Local(Reg),
    Cell(Reg),
    Global(u16),
    /// Class-body namespace.
    Namespace(u16),
}

impl<'c, 'a, 'f> FnBuilder<'c, 'a, 'f> {
    pub(crate) fn resolve(&mut self, name: &str) -> NameLoc {
        if let Some((_, reg)) = self.comp_bindings.iter().rev().find(|(n, _)| n == name) {
            return NameLoc::Local(*reg);
        }
        if self.declared_globals.contains(name) {
            return NameLoc::Global(self.ctx.global_slot(name));
        }
        if self.class_names.contains(name) {
            let name = self.mangle(name).into_owned();
            return NameLoc::Namespace(self.str_const(&name));
        }
        if let Some(&reg) = self.locals.get(name) {
            if self.cells.contains(name) {
                return NameLoc::Cell(reg);
            }
            return NameLoc::Local(reg);
        }
        let name = self.mangle(name).into_owned();
        match self.scope_kind {
            ScopeKind::Class => NameLoc::Namespace(self.str_const(&name)),
            _ => NameLoc::Global(self.ctx.global_slot(&name)),
        }
    }

    pub(crate) fn block(&mut self, stmts: &'f [Stmt]) -> CompileResult<()> {
        for s in stmts {
            self.stmt(s)?;
            self.next_temp = self.temp_floor;
        }
        Ok(())
    }

    /// A block whose assignments do not count as certain afterwards.
    fn conditional_block(&mut self, stmts: &'f [Stmt]) -> CompileResult<()> {
        let saved = self.assigned.clone();
        self.block(stmts)?;
        self.assigned = saved;
        Ok(())
    }

    fn stmt(&mut self, s: &'f Stmt) -> CompileResult<()> {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
            }
            StmtKind::Assign { targets, value } => self.assign(targets, value)?,
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.assign(std::slice::from_ref(target), v)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                let skips = self.jump_if_false(test)?;
                self.conditional_block(body)?;
                if orelse.is_empty() {
                    self.patch_all_here(skips);
                } else {
                    let end = self.emit(Instr::Jump { target: 0 });
                    self.patch_all_here(skips);
                    self.conditional_block(orelse)?;
                    self.patch_here(end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                self.enter_blocks(1, s.span)?;
                let top = self.pc();
                let exits = self.jump_if_false(test)?;
                self.loop_body(top, body)?;
                self.blocks -= 1;
                let back = self.emit(Instr::Jump { target: top });
                if !constant_true(test) {
                    self.code.set_quiet_back_edge(back);
                }
                self.patch_all_here(exits);
                let breaks = self.loops.pop().expect("loop context").breaks;
                self.conditional_block(orelse)?;
                for b in breaks {
                    self.patch_here(b);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let src = self.expr(iter)?;
                self.enter_blocks(1, s.span)?;
                let it = self.temp();
                self.emit(Instr::GetIter { dst: it, src });
                let saved_floor = self.temp_floor;
                self.temp_floor = self.next_temp;
                let item = self.temp();
                self.temp_floor = self.next_temp;
                let top = self.pc();
                let next = self.emit(Instr::ForIter {
                    dst: item,
                    iter: it,
                    target: 0,
                });
                let saved = self.assigned.clone();
                self.assign_to(target, item)?;
                self.loop_body(top, body)?;
                self.blocks -= 1;
                self.assigned = saved;
                self.emit(Instr::Jump { target: top });
                self.patch_here(next);
                self.temp_floor = saved_floor;
                let breaks = self.loops.pop().expect("loop context").breaks;
                self.conditional_block(orelse)?;
                for b in breaks {
                    self.patch_here(b);
                }
            }
            StmtKind::Break => {
                let Some(lp) = self.loops.last() else {
                    return Err(error(
                        ParseErrorKind::Syntax,
                        "'break' outside loop",
                        s.span,
                    ));
                };
                let (fd, hd) = (lp.finally_depth, lp.handler_depth);
                self.unwind_to(fd, hd)?;
                let j = self.emit(Instr::Jump { target: 0 });
                self.loops.last_mut().expect("loop context").breaks.push(j);
            }
            StmtKind::Continue => {
                let Some(lp) = self.loops.last() else {
                    return Err(error(
                        ParseErrorKind::Syntax,
                        "'continue' not properly in loop",
                        s.span,
                    ));
                };
                let (fd, hd, target) = (lp.finally_depth, lp.handler_depth, lp.continue_target);
                self.unwind_to(fd, hd)?;
                self.emit(Instr::Jump { target });
            }
            StmtKind::Pass => {}
            StmtKind::Return(value) => {
                if !matches!(self.code.kind, CodeKind::Function | CodeKind::Generator) {
                    return Err(error(
                        ParseErrorKind::Syntax,
                        "'return' outside function",
                        s.span,
                    ));
                }
                let r = match value {
                    Some(v) => {
                        let r = self.expr(v)?;
                        if self.finally_stack.is_empty() {
                            r
                        } else {
                            // The finally bodies may overwrite a local; keep the value safe.
                            let t = self.temp();
                            self.emit(Instr::Move { dst: t, src: r });
                            self.temp_floor = self.next_temp;
                            t
                        }
                    }
                    None => {
                        let t = self.temp();
                        self.emit(Instr::LoadConst { dst: t, k: 0 });
                        t
                    }
                };
                self.unwind_to(0, 0)?;
                self.emit(Instr::Return { src: r });
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Assert { test, msg } => {
                let ok = self.jump_if_true(test)?;
                let m = match msg {
                    Some(m) => self.expr(m)?,
                    None => NO_REG,
                };
                self.emit(Instr::RaiseAssert { msg: m });
                self.patch_all_here(ok);
            }
            StmtKind::FunctionDef(def) => self.function_def(def, s.span)?,
            StmtKind::ClassDef(class) => self.class_def(class, s.span)?,
            StmtKind::Raise { exc, cause } => {
                let e = match exc {
                    Some(e) => self.expr(e)?,
                    None => NO_REG,
                };
                let c = match cause {
                    Some(c) => self.expr(c)?,
                    None => NO_REG,
                };
                self.emit(Instr::Raise { exc: e, cause: c });
            }
            StmtKind::Try(t) => self.try_stmt(t, s.span)?,
            StmtKind::Import(names) => {
                for (module, alias) in names {
                    let k = self.str_const(module);
                    let r = self.temp();
                    self.emit(Instr::Import { dst: r, name: k });
                    let bound = alias.clone().unwrap_or_else(|| module.clone());
                    self.store_name(&bound, r, s.span)?;
                }
            }
            StmtKind::ImportFrom { module, names } => {
                let k = self.str_const(module);
                let m = self.temp();
                self.emit(Instr::Import { dst: m, name: k });
                for (name, alias) in names {
                    let attr = self.str_const(name);
                    let r = self.temp();
                    self.emit(Instr::ImportFrom {
                        dst: r,
                        module: m,
                        name: attr,
                    });
                    self.store_name(alias.as_ref().unwrap_or(name), r, s.span)?;
                }
            }
        }
        Ok(())
    }

    /// Opens `n` of CPython's compiler blocks at the statement at `span` (the caller
    /// closes them), refusing more than [`MAX_BLOCKS`] as CPython does.
    fn enter_blocks(&mut self, n: u32, span: Span) -> CompileResult<()> {
        if self.blocks + n > MAX_BLOCKS {
            return Err(error(
                ParseErrorKind::Syntax,
                "too many statically nested blocks".to_owned(),
                span,
            ));
        }
        self.blocks += n;
        Ok(())
    }

    fn loop_body(&mut self, continue_target: u32, body: &'f [Stmt]) -> CompileResult<()> {
        self.loops.push(LoopCtx {
            continue_target,
            breaks: Vec::new(),
            finally_depth: self.finally_stack.len(),
            handler_depth: self.handler_depth,
        });
        self.conditional_block(body)
    }

    /// Leaves enclosing handlers and runs enclosing `finally` bodies down to the given
    /// depths, as `return`, `break` and `continue` must.
    fn unwind_to(&mut self, finally_depth: usize, handler_depth: u16) -> CompileResult<()> {
        let saved_handlers = self.handler_depth;
        let saved_finally: Vec<FinallyCtx<'f>> =
            self.finally_stack.drain(finally_depth..).collect();
        let saved_blocks = self.blocks;
        for f in saved_finally.iter().rev() {
            while self.handler_depth > f.handler_depth {
                self.emit(Instr::ExitHandler);
                self.handler_depth -= 1;
            }
            // CPython compiles this copy with the blocks inside the `try` closed.
            self.blocks = f.blocks;
            self.block(f.body)?;
        }
        self.blocks = saved_blocks;
        while self.handler_depth > handler_depth {
            self.emit(Instr::ExitHandler);
            self.handler_depth -= 1;
        }
        self.handler_depth = saved_handlers;
        self.finally_stack.extend(saved_finally);
        Ok(())
    }

    /// Emits the conditional jumps taken when `test` is false, falling through when
    /// it is true; returns them for patching.
    pub(crate) fn jump_if_false(&mut self, test: &Expr) -> CompileResult<Vec<usize>> {
        self.jump_if(test, false)
    }

    /// Emits the conditional jumps taken when `test` is true, falling through when it
    /// is false; returns them for patching.
    pub(crate) fn jump_if_true(&mut self, test: &Expr) -> CompileResult<Vec<usize>> {
        self.jump_if(test, true)
    }

    /// Emits the conditional jumps taken when the truth of `test` is `when`. `and`,
    /// `or` and `not` become jumps, as CPython compiles them in a condition: each
    /// operand's truth is tested once (`__bool__` runs once), and no operand value
    /// is kept for a test.
    fn jump_if(&mut self, test: &Expr, when: bool) -> CompileResult<Vec<usize>> {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !when),
            ExprKind::BoolOp { op, values } => {
                // `or` is true, `and` false, as soon as one operand is.
                let decisive = *op == BoolOp::Or;
                if decisive == when {
                    let mut taken = Vec::new();
                    for v in values {
                        taken.extend(self.jump_if(v, when)?);
                    }
                    return Ok(taken);
                }
                // Any operand but the last can only decide against `when`: those
                // jumps go past the test; the last one's truth decides.
                let (last, rest) = values.split_last().expect("a boolean operation's operands");
                let mut past = Vec::new();
                for v in rest {
                    past.extend(self.jump_if(v, !when)?);
                }
                let taken = self.jump_if(last, when)?;
                self.patch_all_here(past);
                Ok(taken)
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if !when && ops.len() == 1 => {
                // `if a < b:` compares and branches in one instruction.
                let op = match ops[0] {
                    CmpOp::Eq => CmpKind::Eq,
                    CmpOp::NotEq => CmpKind::Ne,
                    CmpOp::Lt => CmpKind::Lt,
                    CmpOp::LtE => CmpKind::Le,
                    CmpOp::Gt => CmpKind::Gt,
                    CmpOp::GtE => CmpKind::Ge,
                    _ => return self.test_jump(test, when),
                };
                let a = self.expr(left)?;
                let b = self.expr(&comparators[0])?;
                self.set_line(test.span);
                Ok(vec![self.emit(Instr::BranchCompare {
                    a,
                    b,
                    op,
                    target: 0,
                })])
            }
            _ => self.test_jump(test, when),
        }
    }

    /// Evaluates `test` and jumps if its truth is `when`.
    fn test_jump(&mut self, test: &Expr, when: bool) -> CompileResult<Vec<usize>> {
        let cond = self.expr(test)?;
        Ok(vec![self.emit(if when {
            Instr::JumpIfTrue { cond, target: 0 }
        } else {
            Instr::JumpIfFalse { cond, target: 0 }
        })])
    }

    fn assign(&mut self, targets: &[Expr], value: &Expr) -> CompileResult<()> {
        if let [target] = targets {
            if let ExprKind::Name(name) = &target.kind {
                if let NameLoc::Local(reg) = self.resolve(name) {
                    if Self::writes_dst_last(value) {
                        self.expr_to(value, reg)?;
                    } else {
                        let r = self.expr(value)?;
                        if r != reg {
                            self.emit(Instr::Move { dst: reg, src: r });
                        }
                    }
                    self.assigned.insert(name.clone());
                    return Ok(());
                }
            }
            // `a, b = x, y`: evaluate all values, then assign, without building a tuple.
            if let (
                ExprKind::Tuple(ts) | ExprKind::List(ts),
                ExprKind::Tuple(vs) | ExprKind::List(vs),
            ) = (&target.kind, &value.kind)
            {
                let plain =
                    |xs: &[Expr]| !xs.iter().any(|x| matches!(x.kind, ExprKind::Starred(_)));
                if ts.len() == vs.len() && plain(ts) && plain(vs) {
                    let base = self.temps(vs.len());
                    for (i, v) in vs.iter().enumerate() {
                        self.expr_to(v, base + i as Reg)?;
                    }
                    for (i, t) in ts.iter().enumerate() {
                        self.assign_to(t, base + i as Reg)?;
                    }
                    return Ok(());
                }
            }
        }
        let r = self.expr(value)?;
        let r = if targets.len() > 1 { self.pin(r) } else { r };
        for t in targets {
            self.assign_to(t, r)?;
        }
        Ok(())
    }

    /// Copies `r` to a fresh temporary if it is a named local (which an assignment
    /// to several targets could overwrite before the last one is assigned).
    fn pin(&mut self, r: Reg) -> Reg {
        if r < self.temp_floor {
            let t = self.temp();
            self.emit(Instr::Move { dst: t, src: r });
            t
        } else {
            r
        }
    }

    /// Expressions that read all their operands before writing their destination, so
    /// they may target the register of a local they read (`x = x + 1`).
    fn writes_dst_last(e: &Expr) -> bool {
        matches!(
            e.kind,
            ExprKind::Int(_)
                | ExprKind::Float(_)
                | ExprKind::Str(_)
                | ExprKind::Bool(_)
                | ExprKind::None
                | ExprKind::BinOp { .. }
                | ExprKind::UnaryOp { .. }
                | ExprKind::Call { .. }
                | ExprKind::Subscript { .. }
                | ExprKind::Attribute { .. }
                | ExprKind::List(_)
                | ExprKind::Tuple(_)
                | ExprKind::Name(_)
        ) && !matches!(&e.kind, ExprKind::Compare { ops, .. } if ops.len() > 1)
    }

    /// Stores the value in `src` into an assignment target.
    pub(crate) fn assign_to(&mut self, target: &Expr, src: Reg) -> CompileResult<()> {
        self.set_line(target.span);
        match &target.kind {
            ExprKind::Name(name) => self.store_name(name, src, target.span)?,
            ExprKind::Attribute { value, attr } => {
                let obj = self.expr(value)?;
                let name = self.attr_const(attr);
                self.emit(Instr::SetAttr { obj, name, src });
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.expr(value)?;
                let key = self.expr(index)?;
                self.emit(Instr::SetItem { obj, key, src });
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)));
                if items
                    .iter()
                    .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
                    .count()
                    > 1
                {
                    return Err(error(
                        ParseErrorKind::Syntax,
                        "multiple starred expressions in assignment",
                        target.span,
                    ));
                }
                let base = self.temps(items.len());
                match star {
                    None => {
                        self.emit(Instr::UnpackSeq {
                            dst: base,
                            src,
                            count: items.len() as u16,
                        });
                    }
                    Some(pos) => {
                        let after = items.len() - pos - 1;
                        if pos > 255 || after > 255 {
                            return Err(unsupported(
                                "unpacking more than 255 targets around a starred one",
                                target.span,
                            ));
                        }
                        self.emit(Instr::UnpackEx {
                            dst: base,
                            src,
                            before: pos as u8,
                            after: after as u8,
                        });
                    }
                }
                for (i, item) in items.iter().enumerate() {
                    let item = match &item.kind {
                        ExprKind::Starred(inner) => inner,
                        _ => item,
                    };
                    self.assign_to(item, base + i as Reg)?;
                }
            }
            ExprKind::Starred(_) => {
                return Err(error(
                    ParseErrorKind::Syntax,
                    "starred assignment target must be in a list or tuple",
                    target.span,
                ))
            }
            _ => {
                return Err(error(
                    ParseErrorKind::Syntax,
                    "cannot assign to expression",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    pub(crate) fn store_name(&mut self, name: &str, src: Reg, _span: Span) -> CompileResult<()> {
        match self.resolve(name) {
            NameLoc::Local(reg) => {
                if reg != src {
                    self.emit(Instr::Move { dst: reg, src });
                }
                self.assigned.insert(name.to_string());
            }
            NameLoc::Cell(cell) => {
                self.emit(Instr::StoreDeref { cell, src });
            }
            NameLoc::Global(slot) => {
                self.emit(Instr::StoreGlobal { slot, src });
            }
            NameLoc::Namespace(name) => {
                self.emit(Instr::StoreName { name, src });
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> CompileResult<()> {
        let op = super::expr::binary_op(op, target.span)?;
        match &target.kind {
            ExprKind::Name(name) => {
                let cur = self.load_name(name, target.span)?;
                let v = self.expr(value)?;
                match self.resolve(name) {
                    NameLoc::Local(reg) => {
                        self.emit(Instr::Inplace {
                            dst: reg,
                            a: cur,
                            b: v,
                            op,
                        });
                    }
                    _ => {
                        let t = self.temp();
                        self.emit(Instr::Inplace {
                            dst: t,
                            a: cur,
                            b: v,
                            op,
                        });
                        self.store_name(name, t, target.span)?;
                    }
                }
            }
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.expr(obj)?;
                let name = self.attr_const(attr);
                let t = self.temp();
                self.emit(Instr::GetAttr {
                    dst: t,
                    obj: o,
                    name,
                });
                let v = self.expr(value)?;
                self.emit(Instr::Inplace {
                    dst: t,
                    a: t,
                    b: v,
                    op,
                });
                self.emit(Instr::SetAttr {
                    obj: o,
                    name,
                    src: t,
                });
            }
            ExprKind::Subscript { value: obj, index } => {
                let o = self.expr(obj)?;
                let k = self.expr(index)?;
                let t = self.temp();
                self.emit(Instr::GetItem {
                    dst: t,
                    obj: o,
                    key: k,
                });
                let v = self.expr(value)?;
                self.emit(Instr::Inplace {
                    dst: t,
                    a: t,
                    b: v,
                    op,
                });
                self.emit(Instr::SetItem {
                    obj: o,
                    key: k,
                    src: t,
                });
            }
            _ => {
                return Err(error(
                    ParseErrorKind::Syntax,
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    fn delete(&mut self, target: &Expr) -> CompileResult<()> {
        self.set_line(target.span);
        match &target.kind {
            ExprKind::Name(name) => match self.resolve(name) {
                NameLoc::Local(reg) => {
                    let k = self.str_const(name);
                    self.emit(Instr::DeleteLocal { reg, name: k });
                    self.assigned.remove(name);
                }
                NameLoc::Global(slot) => {
                    self.emit(Instr::DeleteGlobal { slot });
                }
                NameLoc::Cell(_) | NameLoc::Namespace(_) => {
                    return Err(unsupported(
                        "'del' of a captured or class-level name",
                        target.span,
                    ))
                }
            },
            ExprKind::Subscript { value, index } => {
                let obj = self.expr(value)?;
                let key = self.expr(index)?;
                self.emit(Instr::DelItem { obj, key });
            }
            ExprKind::Attribute { value, attr } => {
                let obj = self.expr(value)?;
                let name = self.attr_const(attr);
                self.emit(Instr::DelAttr { obj, name });
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
            }
            _ => {
                return Err(error(
                    ParseErrorKind::Syntax,
                    "cannot delete expression",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    /// Evaluates defaults and closure cells into consecutive registers, then emits
    /// `MakeFunction` into a fresh register.
    pub(crate) fn make_function(&mut self, code: u16, params: &Params) -> CompileResult<Reg> {
        let defaults: Vec<&Expr> = params
            .positional
            .iter()
            .filter_map(|p| p.default.as_ref())
            .collect();
        let kw_defaults: Vec<&Expr> = params
            .kwonly
            .iter()
            .filter_map(|p| p.default.as_ref())
            .collect();
        let frees: Vec<String> = {
            let nested = self.code_at(code);
            nested
                .reg_names
                .iter()
                .filter(|(r, _)| nested.free_regs.contains(r))
                .map(|(_, n)| n.clone())
                .collect()
        };
        let base = self.temps(defaults.len() + kw_defaults.len() + frees.len());
        let mut at = base;
        for d in defaults.into_iter().chain(kw_defaults) {
            self.expr_to(d, at)?;
            at += 1;
        }
        for f in &frees {
            // The cell itself, also for a name a class body binds in its namespace.
            match self.locals.get(f) {
                Some(&cell) if self.cells.contains(f) => {
                    self.emit(Instr::Move { dst: at, src: cell });
                }
                _ => unreachable!(
                    "scope analysis makes every captured name a cell of the enclosing function"
                ),
            }
            at += 1;
        }
        let dst = self.temp();
        self.emit(Instr::MakeFunction { dst, code, base });
        Ok(dst)
    }

    pub(crate) fn signature(params: &Params) -> Signature {
        Signature {
            positional: params.positional.iter().map(|p| p.name.clone()).collect(),
            kwonly: params.kwonly.iter().map(|p| p.name.clone()).collect(),
            varargs: params.vararg.clone(),
            varkw: params.kwarg.clone(),
            ndefaults: params
                .positional
                .iter()
                .filter(|p| p.default.is_some())
                .count() as u16,
            kwonly_has_default: params.kwonly.iter().map(|p| p.default.is_some()).collect(),
        }
    }

    fn function_def(&mut self, def: &'f FunctionDef, span: Span) -> CompileResult<()> {
        let decorators: Vec<Reg> = def
            .decorators
            .iter()
            .map(|d| self.expr(d).map(|r| self.pin(r)))
            .collect::<CompileResult<_>>()?;
        let scope_id = id_of(def);
        let is_gen = self
            .ctx
            .scopes
            .scopes
            .get(&scope_id)
            .is_some_and(|s| s.is_generator);
        let kind = if is_gen {
            CodeKind::Generator
        } else {
            CodeKind::Function
        };
        let sig = Self::signature(&def.params);
        let code = self.nested_code(scope_id, &def.name, kind, &sig, span.line, |b| {
            b.block(&def.body)?;
            let none = b.temp();
            b.emit(Instr::LoadConst { dst: none, k: 0 });
            b.emit(Instr::Return { src: none });
            Ok(())
        })?;
        self.set_line(span);
        let mut f = self.make_function(code, &def.params)?;
        for d in decorators.into_iter().rev() {
            f = self.call_one(d, f)?;
        }
        self.store_name(&def.name, f, span)
    }

    /// R[new] := R[func](R[arg])
    pub(crate) fn call_one(&mut self, func: Reg, arg: Reg) -> CompileResult<Reg> {
        let base = self.temps(2);
        self.emit(Instr::Move {
            dst: base,
            src: func,
        });
        self.emit(Instr::Move {
            dst: base + 1,
            src: arg,
        });
        self.emit(Instr::Call {
            dst: base,
            func: base,
            argc: 1,
        });
        Ok(base)
    }

    fn class_def(&mut self, class: &'f ClassDef, span: Span) -> CompileResult<()> {
        let decorators: Vec<Reg> = class
            .decorators
            .iter()
            .map(|d| self.expr(d).map(|r| self.pin(r)))
            .collect::<CompileResult<_>>()?;
        if class.bases.len() > 1 {
            return Err(unsupported("multiple inheritance", span));
        }
        let base = match class.bases.first() {
            Some(b) => {
                let r = self.expr(b)?;
                self.pin(r)
            }
            None => NO_REG,
        };
        let code = self.nested_code(
            id_of(class),
            &class.name,
            CodeKind::ClassBody,
            &Signature::default(),
            span.line,
            |b| {
                b.block(&class.body)?;
                let none = b.temp();
                b.emit(Instr::LoadConst { dst: none, k: 0 });
                b.emit(Instr::Return { src: none });
                Ok(())
            },
        )?;
        self.set_line(span);
        let body = self.make_function(code, &Params::default())?;
        let name = self.str_const(&class.name);
        let mut cls = self.temp();
        self.emit(Instr::MakeClass {
            dst: cls,
            body,
            base,
            name,
        });
        for d in decorators.into_iter().rev() {
            cls = self.call_one(d, cls)?;
        }
        self.store_name(&class.name, cls, span)
    }

    fn try_stmt(&mut self, t: &'f Try, span: Span) -> CompileResult<()> {
        if t.finalbody.is_empty() {
            return self.try_except(t, span);
        }
        // try: <try/except/else> finally: F
        //   protected range → on exception: R[e] := exc; F; raise R[e]
        //   normal exit → F
        let exc = self.temp();
        self.temp_floor = self.next_temp;
        let start = self.pc();
        self.finally_stack.push(FinallyCtx {
            body: &t.finalbody,
            handler_depth: self.handler_depth,
            blocks: self.blocks,
        });
        let saved = self.assigned.clone();
        self.enter_blocks(1, span)?;
        if t.handlers.is_empty() {
            self.block(&t.body)?;
            self.block(&t.orelse)?;
        } else {
            self.try_except(t, span)?;
        }
        self.blocks -= 1;
        self.assigned = saved.clone();
        self.finally_stack.pop();
        let end = self.pc();
        self.block(&t.finalbody)?;
        let skip = self.emit(Instr::Jump { target: 0 });
        let handler = self.pc();
        self.add_handler(start, end, handler, exc);
        // While the copy run on an exception runs, that exception is the one being
        // handled (CPython's PUSH_EXC_INFO): one raised in the copy gets it as its
        // `__context__`. The copy ends by re-raising it as a bare `raise` does
        // (RERAISE), which leaves its context as it was. The copy is one block
        // deeper in CPython.
        self.emit(Instr::EnterHandler { exc });
        self.handler_depth += 1;
        self.enter_blocks(1, span)?;
        self.block(&t.finalbody)?;
        self.blocks -= 1;
        self.assigned = saved;
        self.emit(Instr::Raise {
            exc: NO_REG,
            cause: NO_REG,
        });
        self.handler_depth -= 1;
        self.patch_here(skip);
        Ok(())
    }

    fn try_except(&mut self, t: &'f Try, span: Span) -> CompileResult<()> {
        let exc = self.temp();
        self.temp_floor = self.next_temp;
        let start = self.pc();
        let mut saved = self.assigned.clone();
        self.enter_blocks(1, span)?;
        self.block(&t.body)?;
        self.blocks -= 1;
        self.assigned = saved.clone();
        let end = self.pc();
        let to_else = self.emit(Instr::Jump { target: 0 });
        let handler = self.pc();
        self.add_handler(start, end, handler, exc);
        self.emit(Instr::EnterHandler { exc });
        self.handler_depth += 1;
        let mut exits = Vec::new();
        for h in &t.handlers {
            self.set_line(h.span);
            let next = match &h.typ {
                Some(typ) => {
                    let ty = self.expr(typ)?;
                    let m = self.temp();
                    self.emit(Instr::ExceptMatch {
                        dst: m,
                        exc,
                        typ: ty,
                    });
                    Some(self.emit(Instr::JumpIfFalse { cond: m, target: 0 }))
                }
                None => None,
            };
            if let Some(name) = &h.name {
                self.store_name(name, exc, h.span)?;
            }
            // CPython's handler and its cleanup.
            self.enter_blocks(2, h.span)?;
            self.block(&h.body)?;
            self.blocks -= 2;
            self.assigned = saved.clone();
            self.emit(Instr::ExitHandler);
            if let Some(name) = &h.name {
                // CPython deletes the name after the handler (`err = None; del err`):
                // not assigned after the statement, whatever it was before.
                saved.remove(name);
                match self.resolve(name) {
                    NameLoc::Local(reg) => {
                        let k = self.str_const(name);
                        self.emit(Instr::LoadConst { dst: reg, k: 0 });
                        self.emit(Instr::DeleteLocal { reg, name: k });
                    }
                    NameLoc::Global(slot) => {
                        let none = self.temp();
                        self.emit(Instr::LoadConst { dst: none, k: 0 });
                        self.emit(Instr::StoreGlobal { slot, src: none });
                        self.emit(Instr::DeleteGlobal { slot });
                    }
                    NameLoc::Cell(_) | NameLoc::Namespace(_) => {}
                }
            }
            exits.push(self.emit(Instr::Jump { target: 0 }));
            if let Some(n) = next {
                self.patch_here(n);
            }
        }
        // No handler matched: re-raise with the handled-exception state restored.
        self.emit(Instr::ExitHandler);
        self.handler_depth -= 1;
        self.emit(Instr::Raise { exc, cause: NO_REG });
        self.patch_here(to_else);
        self.block(&t.orelse)?;
        self.assigned = saved;
        for e in exits {
            self.patch_here(e);
        }
        Ok(())
    }

    /// Compiles a lambda or generator-expression body as its own code object.
    pub(crate) fn lambda(&mut self, e: &Expr, params: &Params, body: &Expr) -> CompileResult<Reg> {
        let sig = Self::signature(params);
        let code = self.nested_code(
            id_of(e),
            "<lambda>",
            CodeKind::Function,
            &sig,
            e.span.line,
            |b| {
                let r = b.expr(body)?;
                b.emit(Instr::Return { src: r });
                Ok(())
            },
        )?;
        self.make_function(code, params)
    }

    pub(crate) fn binary(&mut self, op: BinaryOp, dst: Reg, a: Reg, b: Reg) {
        let instr = match op {
            BinaryOp::Add => Instr::Add { dst, a, b },
            BinaryOp::Sub => Instr::Sub { dst, a, b },
            BinaryOp::Mul => Instr::Mul { dst, a, b },
            BinaryOp::TrueDiv => Instr::TrueDiv { dst, a, b },
            BinaryOp::FloorDiv => Instr::FloorDiv { dst, a, b },
            BinaryOp::Mod => Instr::Mod { dst, a, b },
            BinaryOp::Pow => Instr::Pow { dst, a, b },
            BinaryOp::LShift => Instr::LShift { dst, a, b },
            BinaryOp::RShift => Instr::RShift { dst, a, b },
            BinaryOp::BitAnd => Instr::BitAnd { dst, a, b },
            BinaryOp::BitOr => Instr::BitOr { dst, a, b },
            BinaryOp::BitXor => Instr::BitXor { dst, a, b },
        };
        self.emit(instr);
    }
}

/// Whether `test` is a literal CPython takes for true when it compiles a `while`
/// loop (`while True`, `while 1`): it then jumps back unconditionally.
fn constant_true(test: &Expr) -> bool {
    match &test.kind {
        ExprKind::Bool(b) => *b,
        ExprKind::Int(i) => *i != 0,
        ExprKind::BigInt(_) => true,
        ExprKind::Float(f) => *f != 0.0,
        ExprKind::Str(s) => !s.is_empty(),
        _ => false,
    }
}
