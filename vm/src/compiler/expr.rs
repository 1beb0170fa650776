//! Expressions.

use super::scope::{comprehension_needs_scope, id_of, ScopeKind};
use super::stmt::NameLoc;
use super::{error, unsupported, CompileResult, FnBuilder};
use crate::bytecode::{BinaryOp, CodeKind, Instr, Reg, Signature, NO_REG};
use crate::runtime::object::ObjBody;
use crate::runtime::value::{fits_small, Value};
use crate::syntax::ast::*;
use crate::syntax::ParseErrorKind;

pub(crate) fn binary_op(op: BinOp, span: Span) -> CompileResult<BinaryOp> {
    Ok(match op {
        BinOp::Add => BinaryOp::Add,
        BinOp::Sub => BinaryOp::Sub,
        BinOp::Mul => BinaryOp::Mul,
        BinOp::Div => BinaryOp::TrueDiv,
        BinOp::FloorDiv => BinaryOp::FloorDiv,
        BinOp::Mod => BinaryOp::Mod,
        BinOp::Pow => BinaryOp::Pow,
        BinOp::LShift => BinaryOp::LShift,
        BinOp::RShift => BinaryOp::RShift,
        BinOp::BitOr => BinaryOp::BitOr,
        BinOp::BitXor => BinaryOp::BitXor,
        BinOp::BitAnd => BinaryOp::BitAnd,
        BinOp::MatMul => return Err(unsupported("the '@' operator", span)),
    })
}

impl<'c, 'a, 'f> FnBuilder<'c, 'a, 'f> {
    /// Compiles `e` into some register: a local's own register when `e` is a plain
    /// local name, otherwise a fresh temporary.
    pub(crate) fn expr(&mut self, e: &Expr) -> CompileResult<Reg> {
        if let ExprKind::Name(name) = &e.kind {
            return self.load_name(name, e.span);
        }
        let dst = self.temp();
        self.expr_to(e, dst)?;
        Ok(dst)
    }

    /// Reads a name; a local's register is returned as is (after a bound check when
    /// the local may be unassigned here).
    pub(crate) fn load_name(&mut self, name: &str, span: Span) -> CompileResult<Reg> {
        self.set_line(span);
        Ok(match self.resolve(name) {
            NameLoc::Local(reg) => {
                let is_comp = self.comp_bindings.iter().any(|(n, _)| n == name);
                if !is_comp && !self.assigned.contains(name) {
                    let k = self.str_const(name);
                    self.emit(Instr::CheckBound { reg, name: k });
                }
                reg
            }
            NameLoc::Cell(cell) => {
                let dst = self.temp();
                let k = self.str_const(name);
                self.emit(Instr::LoadDeref { dst, cell, name: k });
                dst
            }
            NameLoc::Global(slot) => {
                let dst = self.temp();
                self.emit(Instr::LoadGlobal { dst, slot });
                dst
            }
            NameLoc::Namespace(k) => {
                let dst = self.temp();
                self.emit(Instr::LoadName { dst, name: k });
                dst
            }
        })
    }

    /// Compiles `e` with its result in `dst`.
    pub(crate) fn expr_to(&mut self, e: &Expr, dst: Reg) -> CompileResult<()> {
        self.set_line(e.span);
        match &e.kind {
            ExprKind::Int(i) => {
                if let Ok(small) = i32::try_from(*i) {
                    self.emit(Instr::LoadInt { dst, value: small });
                } else {
                    let k = self.int_const(*i);
                    self.emit(Instr::LoadConst { dst, k });
                }
            }
            ExprKind::BigInt(b) => {
                let v = self.heap().alloc(ObjBody::BigInt(b.clone()));
                let k = self.unique_const(v);
                self.emit(Instr::LoadConst { dst, k });
            }
            ExprKind::Float(x) => {
                let k = self.value_const(Value::float(*x));
                self.emit(Instr::LoadConst { dst, k });
            }
            ExprKind::Str(s) => {
                let k = self.str_const(s);
                self.emit(Instr::LoadConst { dst, k });
            }
            ExprKind::Bool(b) => {
                let k = self.value_const(Value::bool(*b));
                self.emit(Instr::LoadConst { dst, k });
            }
            ExprKind::None => {
                self.emit(Instr::LoadConst { dst, k: 0 });
            }
            ExprKind::Ellipsis => return Err(unsupported("'...' (Ellipsis) as a value", e.span)),
            ExprKind::FString(parts) => self.fstring(parts, dst)?,
            ExprKind::Name(name) => match self.resolve(name) {
                // Globals load straight into the destination; locals may need a check.
                NameLoc::Global(slot) => {
                    self.emit(Instr::LoadGlobal { dst, slot });
                }
                _ => {
                    let r = self.load_name(name, e.span)?;
                    if r != dst {
                        self.emit(Instr::Move { dst, src: r });
                    }
                }
            },
            ExprKind::BinOp { op, left, right } => {
                let op = binary_op(*op, e.span)?;
                // `x + 1`, `n - 2`: the constant rides in the instruction.
                if let (BinaryOp::Add | BinaryOp::Sub, ExprKind::Int(k)) = (op, &right.kind) {
                    if let Ok(imm) = i16::try_from(*k) {
                        let a = self.expr(left)?;
                        self.set_line(e.span);
                        self.emit(if op == BinaryOp::Add {
                            Instr::AddInt { dst, a, imm }
                        } else {
                            Instr::SubInt { dst, a, imm }
                        });
                        return Ok(());
                    }
                }
                let a = self.expr(left)?;
                let b = self.expr(right)?;
                self.set_line(e.span);
                self.binary(op, dst, a, b);
            }
            ExprKind::UnaryOp { op, operand } => {
                // Fold negative literals so `-1` is a constant.
                if let (UnaryOp::Neg, ExprKind::Int(i)) = (op, &operand.kind) {
                    if let Some(n) = i.checked_neg() {
                        return self.expr_to(
                            &Expr {
                                kind: ExprKind::Int(n),
                                span: e.span,
                            },
                            dst,
                        );
                    }
                }
                if let (UnaryOp::Neg, ExprKind::Float(x)) = (op, &operand.kind) {
                    return self.expr_to(
                        &Expr {
                            kind: ExprKind::Float(-x),
                            span: e.span,
                        },
                        dst,
                    );
                }
                let src = self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Neg => Instr::Neg { dst, src },
                    UnaryOp::Pos => Instr::Pos { dst, src },
                    UnaryOp::Invert => Instr::Invert { dst, src },
                    UnaryOp::Not => Instr::Not { dst, src },
                });
            }
            ExprKind::BoolOp { op, values } => {
                let mut exits = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr_to(v, dst)?;
                    if i + 1 < values.len() {
                        exits.push(self.emit(match op {
                            BoolOp::And => Instr::JumpIfFalse {
                                cond: dst,
                                target: 0,
                            },
                            BoolOp::Or => Instr::JumpIfTrue {
                                cond: dst,
                                target: 0,
                            },
                        }));
                    }
                }
                for x in exits {
                    self.patch_here(x);
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut a = self.expr(left)?;
                let mut exits = Vec::new();
                for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
                    let b = self.expr(right)?;
                    self.set_line(e.span);
                    self.emit(match op {
                        CmpOp::Eq => Instr::Eq { dst, a, b },
                        CmpOp::NotEq => Instr::Ne { dst, a, b },
                        CmpOp::Lt => Instr::Lt { dst, a, b },
                        CmpOp::LtE => Instr::Le { dst, a, b },
                        CmpOp::Gt => Instr::Gt { dst, a, b },
                        CmpOp::GtE => Instr::Ge { dst, a, b },
                        CmpOp::Is => Instr::Is { dst, a, b },
                        CmpOp::IsNot => Instr::IsNot { dst, a, b },
                        CmpOp::In => Instr::In { dst, a, b },
                        CmpOp::NotIn => Instr::NotIn { dst, a, b },
                    });
                    if i + 1 < ops.len() {
                        exits.push(self.emit(Instr::JumpIfFalse {
                            cond: dst,
                            target: 0,
                        }));
                    }
                    a = b;
                }
                for x in exits {
                    self.patch_here(x);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                let skips = self.jump_if_false(test)?;
                self.expr_to(body, dst)?;
                let end = self.emit(Instr::Jump { target: 0 });
                self.patch_all_here(skips);
                self.expr_to(orelse, dst)?;
                self.patch_here(end);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords, dst, e.span)?,
            ExprKind::Attribute { value, attr } => {
                let obj = self.expr(value)?;
                let name = self.attr_const(attr);
                self.set_line(e.span);
                self.emit(Instr::GetAttr { dst, obj, name });
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.expr(value)?;
                let key = self.expr(index)?;
                self.set_line(e.span);
                self.emit(Instr::GetItem { dst, obj, key });
            }
            ExprKind::Slice { lower, upper, step } => {
                let base = self.temps(3);
                for (i, part) in [lower, upper, step].into_iter().enumerate() {
                    match part {
                        Some(p) => self.expr_to(p, base + i as Reg)?,
                        None => {
                            self.emit(Instr::LoadConst {
                                dst: base + i as Reg,
                                k: 0,
                            });
                        }
                    }
                }
                self.emit(Instr::BuildSlice { dst, start: base });
            }
            ExprKind::List(items) => self.sequence(items, dst, Seq::List)?,
            ExprKind::Tuple(items) => self.sequence(items, dst, Seq::Tuple)?,
            ExprKind::Set(items) => self.sequence(items, dst, Seq::Set)?,
            ExprKind::Dict(pairs) => self.dict_display(pairs, dst)?,
            ExprKind::Starred(_) => {
                return Err(error(
                    ParseErrorKind::Syntax,
                    "can't use starred expression here",
                    e.span,
                ))
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension_expr(e, dst)?,
            ExprKind::Lambda { params, body } => {
                let f = self.lambda(e, params, body)?;
                self.emit(Instr::Move { dst, src: f });
            }
            ExprKind::Yield(value) => {
                if !matches!(self.code.kind, CodeKind::Generator) {
                    return Err(error(
                        ParseErrorKind::Syntax,
                        "'yield' outside function",
                        e.span,
                    ));
                }
                let src = match value {
                    Some(v) => self.expr(v)?,
                    None => {
                        let t = self.temp();
                        self.emit(Instr::LoadConst { dst: t, k: 0 });
                        t
                    }
                };
                self.emit(Instr::Yield { dst, src });
            }
            ExprKind::YieldFrom(value) => {
                if !matches!(self.code.kind, CodeKind::Generator) {
                    return Err(error(
                        ParseErrorKind::Syntax,
                        "'yield' outside function",
                        e.span,
                    ));
                }
                let v = self.expr(value)?;
                let it = self.temp();
                self.emit(Instr::GetIter { dst: it, src: v });
                self.emit(Instr::YieldFrom { dst, src: it });
            }
        }
        Ok(())
    }

    fn int_const(&mut self, i: i64) -> u16 {
        if fits_small(i) {
            self.value_const(Value::small_int(i))
        } else {
            let v = self.heap().alloc(ObjBody::Int64(i));
            self.unique_const(v)
        }
    }

    fn fstring(&mut self, parts: &[FStringPart], dst: Reg) -> CompileResult<()> {
        // `{x=}` contributes its text `x=` as a piece of its own.
        let npieces: usize = parts
            .iter()
            .map(|p| {
                if matches!(
                    p,
                    FStringPart::Formatted {
                        debug_text: Some(_),
                        ..
                    }
                ) {
                    2
                } else {
                    1
                }
            })
            .sum();
        if npieces == 0 {
            let k = self.str_const("");
            self.emit(Instr::LoadConst { dst, k });
            return Ok(());
        }
        // One piece is the string itself: no joining (and no copy) needed, so a
        // constant format spec (`{i:06d}`) is a constant, not built on every use.
        let base = if npieces == 1 {
            dst
        } else {
            self.temps(npieces)
        };
        let mut slot = base;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    let k = self.str_const(s);
                    self.emit(Instr::LoadConst { dst: slot, k });
                }
                FStringPart::Formatted {
                    value,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    if let Some(text) = debug_text {
                        let k = self.str_const(text);
                        self.emit(Instr::LoadConst { dst: slot, k });
                        slot += 1;
                    }
                    let src = self.expr(value)?;
                    let spec_reg = if spec.is_empty() {
                        NO_REG
                    } else {
                        let r = self.temp();
                        self.fstring(spec, r)?;
                        r
                    };
                    let conv = match conversion {
                        None => 0,
                        Some('s') => b's',
                        Some('r') => b'r',
                        Some('a') => b'a',
                        Some(c) => return Err(error(ParseErrorKind::Syntax, format!("f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'"), value.span)),
                    };
                    self.emit(Instr::FormatValue {
                        dst: slot,
                        src,
                        conv,
                        spec: spec_reg,
                    });
                }
            }
            slot += 1;
        }
        if npieces > 1 {
            self.emit(Instr::BuildString {
                dst,
                start: base,
                count: npieces as u16,
            });
        }
        Ok(())
    }

    fn sequence(&mut self, items: &[Expr], dst: Reg, kind: Seq) -> CompileResult<()> {
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if matches!(kind, Seq::Set) && items.len() > 2 && items.iter().all(is_constant) {
            // CPython folds a set display of three or more constants into a
            // frozenset constant, which its compiler then rebuilds from its own
            // items in their order (`merge_consts_recursive`), and the display
            // updates an empty set from that. A set's order follows how it was
            // built, so it is built the same way here.
            let folded = self.temp();
            self.sequence_plain(items, folded, kind)?;
            let in_order = self.temp();
            self.emit(Instr::BuildList {
                dst: in_order,
                start: 0,
                count: 0,
            });
            self.emit(Instr::ListExtend {
                list: in_order,
                src: folded,
            });
            for (set, src) in [(folded, in_order), (dst, folded)] {
                self.emit(Instr::BuildSet {
                    dst: set,
                    start: 0,
                    count: 0,
                });
                self.emit(Instr::SetUpdate { set, src });
            }
            return Ok(());
        }
        if !has_star {
            return self.sequence_plain(items, dst, kind);
        }
        self.sequence_starred(items, dst, kind)
    }

    /// A display without `*x` items.
    fn sequence_plain(&mut self, items: &[Expr], dst: Reg, kind: Seq) -> CompileResult<()> {
        let base = self.temps(items.len());
        for (i, item) in items.iter().enumerate() {
            self.expr_to(item, base + i as Reg)?;
        }
        let count = items.len() as u16;
        self.emit(match kind {
            Seq::List => Instr::BuildList {
                dst,
                start: base,
                count,
            },
            Seq::Tuple => Instr::BuildTuple {
                dst,
                start: base,
                count,
            },
            Seq::Set => Instr::BuildSet {
                dst,
                start: base,
                count,
            },
        });
        Ok(())
    }

    /// A display with `*x` items: a list (or set) built incrementally.
    fn sequence_starred(&mut self, items: &[Expr], dst: Reg, kind: Seq) -> CompileResult<()> {
        let acc = self.temp();
        match kind {
            Seq::Set => self.emit(Instr::BuildSet {
                dst: acc,
                start: 0,
                count: 0,
            }),
            _ => self.emit(Instr::BuildList {
                dst: acc,
                start: 0,
                count: 0,
            }),
        };
        for item in items {
            match &item.kind {
                ExprKind::Starred(inner) => {
                    let v = self.expr(inner)?;
                    match kind {
                        Seq::Set => self.emit(Instr::SetUpdate { set: acc, src: v }),
                        _ => self.emit(Instr::ListExtend { list: acc, src: v }),
                    };
                }
                _ => {
                    let v = self.expr(item)?;
                    match kind {
                        Seq::Set => self.emit(Instr::SetAdd { set: acc, src: v }),
                        _ => self.emit(Instr::ListAppend { list: acc, src: v }),
                    };
                }
            }
        }
        match kind {
            Seq::Tuple => self.emit(Instr::ListToTuple { dst, src: acc }),
            _ => self.emit(Instr::Move { dst, src: acc }),
        };
        Ok(())
    }

    fn dict_display(&mut self, pairs: &[(Option<Expr>, Expr)], dst: Reg) -> CompileResult<()> {
        if pairs.iter().all(|(k, _)| k.is_some()) {
            let base = self.temps(pairs.len() * 2);
            for (i, (k, v)) in pairs.iter().enumerate() {
                self.expr_to(k.as_ref().expect("checked"), base + 2 * i as Reg)?;
                self.expr_to(v, base + 2 * i as Reg + 1)?;
            }
            self.emit(Instr::BuildDict {
                dst,
                start: base,
                count: pairs.len() as u16,
            });
            return Ok(());
        }
        let acc = self.temp();
        self.emit(Instr::BuildDict {
            dst: acc,
            start: 0,
            count: 0,
        });
        for (k, v) in pairs {
            match k {
                Some(k) => {
                    let kr = self.expr(k)?;
                    let vr = self.expr(v)?;
                    self.emit(Instr::DictInsert {
                        dict: acc,
                        key: kr,
                        value: vr,
                    });
                }
                None => {
                    let vr = self.expr(v)?;
                    self.emit(Instr::DictUpdate { dict: acc, src: vr });
                }
            }
        }
        self.emit(Instr::Move { dst, src: acc });
        Ok(())
    }

    /// The `for ... in ... if ...` clauses of a comprehension from `level` on, with
    /// `body` innermost. An inline comprehension binds its targets to hidden
    /// registers (`comp_bindings`); one compiled as its own function binds real
    /// locals (which inner functions can capture) and takes its first iterator as `.0`.
    fn comprehension_loops(
        &mut self,
        generators: &[Comprehension],
        level: usize,
        inline: bool,
        body: &mut dyn FnMut(&mut Self) -> CompileResult<()>,
    ) -> CompileResult<()> {
        let Some(g) = generators.get(level) else {
            return body(self);
        };
        let it = if !inline && level == 0 {
            *self
                .locals
                .get(".0")
                .expect("comprehension functions take .0")
        } else {
            let src = self.expr(&g.iter)?;
            let it = self.temp();
            self.emit(Instr::GetIter { dst: it, src });
            it
        };
        let saved_bindings = self.comp_bindings.len();
        if inline {
            for n in self.target_names(&g.target) {
                let r = self.temp();
                self.comp_bindings.push((n, r));
            }
        }
        let item = self.temp();
        let top = self.pc();
        let exit = self.emit(Instr::ForIter {
            dst: item,
            iter: it,
            target: 0,
        });
        self.assign_to(&g.target, item)?;
        if !inline {
            self.assigned.extend(self.target_names(&g.target));
        }
        let mut skips = Vec::new();
        for cond in &g.ifs {
            skips.extend(self.jump_if_false(cond)?);
        }
        self.comprehension_loops(generators, level + 1, inline, body)?;
        for s in skips {
            self.patch(s, top);
        }
        self.emit(Instr::Jump { target: top });
        self.patch_here(exit);
        self.comp_bindings.truncate(saved_bindings);
        Ok(())
    }

    /// A list, set or dict comprehension or a generator expression. Comprehensions
    /// run inline unless something inside may capture their variables; generator
    /// expressions are always generator functions taking the first iterator as `.0`.
    fn comprehension_expr(&mut self, e: &Expr, dst: Reg) -> CompileResult<()> {
        let (produce, generators) = match &e.kind {
            ExprKind::ListComp { elt, generators } => (Produce::List(elt), generators),
            ExprKind::SetComp { elt, generators } => (Produce::Set(elt), generators),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (Produce::Dict(key, value), generators),
            ExprKind::GeneratorExp { elt, generators } => (Produce::Yield(elt), generators),
            _ => unreachable!("not a comprehension"),
        };
        let is_gen = matches!(produce, Produce::Yield(_));
        let in_class = self.scope_kind == ScopeKind::Class;
        if !is_gen && !comprehension_needs_scope(in_class, generators, &produce.elts()) {
            produce.start(self, dst);
            return self.comprehension_loops(generators, 0, true, &mut |b| produce.item(b, dst));
        }
        let sig = Signature {
            positional: vec![".0".into()],
            ..Signature::default()
        };
        let kind = if is_gen {
            CodeKind::Generator
        } else {
            CodeKind::Function
        };
        let code = self.nested_code(id_of(e), produce.name(), kind, &sig, e.span.line, |b| {
            let acc = b.temp();
            produce.start(b, acc);
            b.temp_floor = b.next_temp;
            b.comprehension_loops(generators, 0, false, &mut |b| produce.item(b, acc))?;
            if is_gen {
                b.emit(Instr::LoadConst { dst: acc, k: 0 });
            }
            b.emit(Instr::Return { src: acc });
            Ok(())
        })?;
        let f = self.make_function(code, &Params::default())?;
        let first = self.expr(&generators[0].iter)?;
        let base = self.temps(2);
        self.emit(Instr::Move { dst: base, src: f });
        self.emit(Instr::GetIter {
            dst: base + 1,
            src: first,
        });
        self.emit(Instr::Call {
            dst,
            func: base,
            argc: 1,
        });
        Ok(())
    }

    fn target_names(&self, t: &Expr) -> Vec<String> {
        let mut names = Vec::new();
        super::scope::collect_target_names(t, &mut names);
        names
    }

    fn call(
        &mut self,
        func: &Expr,
        args: &[Arg],
        keywords: &[Keyword],
        dst: Reg,
        span: Span,
    ) -> CompileResult<()> {
        let simple_args = args.iter().all(|a| matches!(a, Arg::Positional(_)));
        let simple_kw = keywords.iter().all(|k| k.name.is_some());
        if simple_args && simple_kw {
            // obj.method(args): no bound-method object is made.
            if let (ExprKind::Attribute { value, attr }, true) = (&func.kind, keywords.is_empty()) {
                let base = self.temps(args.len() + 1);
                self.expr_to(value, base)?;
                for (i, a) in args.iter().enumerate() {
                    let Arg::Positional(x) = a else {
                        unreachable!("checked")
                    };
                    self.expr_to(x, base + 1 + i as Reg)?;
                }
                let name = self.attr_const(attr);
                self.set_line(span);
                self.emit(Instr::CallMethod {
                    dst,
                    recv: base,
                    argc: args.len() as u16,
                    name,
                });
                return Ok(());
            }
            let base = self.temps(args.len() + keywords.len() + 1);
            self.expr_to(func, base)?;
            for (i, a) in args.iter().enumerate() {
                let Arg::Positional(x) = a else {
                    unreachable!("checked")
                };
                self.expr_to(x, base + 1 + i as Reg)?;
            }
            for (i, k) in keywords.iter().enumerate() {
                self.expr_to(&k.value, base + 1 + (args.len() + i) as Reg)?;
            }
            let argc = (args.len() + keywords.len()) as u16;
            self.set_line(span);
            if keywords.is_empty() {
                self.emit(Instr::Call {
                    dst,
                    func: base,
                    argc,
                });
            } else {
                let names = self.kw_names(keywords);
                self.emit(Instr::CallKw {
                    dst,
                    func: base,
                    argc,
                    names,
                });
            }
            return Ok(());
        }
        // General form: f(*args, **kwargs) with a tuple and a dict.
        let f = self.temp();
        self.expr_to(func, f)?;
        let tuple = if let [Arg::Star(x)] = args {
            // `f(*x)` alone passes `x` itself, as CPython's CALL_FUNCTION_EX: the
            // call makes the tuple, and its error names the function. Copied: a
            // keyword argument's `:=` may rebind `x` before the call.
            let t = self.temp();
            self.expr_to(x, t)?;
            t
        } else {
            let acc = self.temp();
            self.emit(Instr::BuildList {
                dst: acc,
                start: 0,
                count: 0,
            });
            for a in args {
                match a {
                    Arg::Positional(x) => {
                        let v = self.expr(x)?;
                        self.emit(Instr::ListAppend { list: acc, src: v });
                    }
                    Arg::Star(x) => {
                        let v = self.expr(x)?;
                        self.emit(Instr::ListExtend { list: acc, src: v });
                    }
                }
            }
            let tuple = self.temp();
            self.emit(Instr::ListToTuple {
                dst: tuple,
                src: acc,
            });
            tuple
        };
        let kwargs = if keywords.is_empty() {
            NO_REG
        } else {
            let d = self.temp();
            self.emit(Instr::BuildDict {
                dst: d,
                start: 0,
                count: 0,
            });
            let mut merged = false;
            for k in keywords {
                let v = self.expr(&k.value)?;
                match &k.name {
                    Some(name) => {
                        let kr = self.temp();
                        let kc = self.str_const(name);
                        self.emit(Instr::LoadConst { dst: kr, k: kc });
                        // After a `**`, merged like one (a repeated keyword is an error).
                        let into = if merged { self.temp() } else { d };
                        if merged {
                            self.emit(Instr::BuildDict {
                                dst: into,
                                start: 0,
                                count: 0,
                            });
                        }
                        self.emit(Instr::DictInsert {
                            dict: into,
                            key: kr,
                            value: v,
                        });
                        if merged {
                            self.emit(Instr::DictMerge {
                                dict: d,
                                src: into,
                                func: f,
                            });
                        }
                    }
                    None => {
                        merged = true;
                        self.emit(Instr::DictMerge {
                            dict: d,
                            src: v,
                            func: f,
                        });
                    }
                }
            }
            d
        };
        self.set_line(span);
        self.emit(Instr::CallEx {
            dst,
            func: f,
            args: tuple,
            kwargs,
        });
        Ok(())
    }

    fn kw_names(&mut self, keywords: &[Keyword]) -> u16 {
        let names: Vec<Value> = keywords
            .iter()
            .map(|k| {
                let c = self.str_const(k.name.as_deref().expect("simple keywords"));
                self.code.consts[c as usize]
            })
            .collect();
        let tuple = self.heap().alloc(ObjBody::Tuple(names.into_boxed_slice()));
        self.unique_const(tuple)
    }
}

/// What a comprehension produces, and from which expressions.
#[derive(Clone, Copy)]
enum Produce<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Yield(&'e Expr),
}

impl<'e> Produce<'e> {
    fn elts(self) -> Vec<&'e Expr> {
        match self {
            Produce::List(x) | Produce::Set(x) | Produce::Yield(x) => vec![x],
            Produce::Dict(k, v) => vec![k, v],
        }
    }

    fn name(self) -> &'static str {
        match self {
            Produce::List(_) => "<listcomp>",
            Produce::Set(_) => "<setcomp>",
            Produce::Dict(..) => "<dictcomp>",
            Produce::Yield(_) => "<genexpr>",
        }
    }

    /// The empty accumulator, in `acc` (nothing for a generator).
    fn start(self, b: &mut FnBuilder, acc: Reg) {
        match self {
            Produce::List(_) => b.emit(Instr::BuildList {
                dst: acc,
                start: 0,
                count: 0,
            }),
            Produce::Set(_) => b.emit(Instr::BuildSet {
                dst: acc,
                start: 0,
                count: 0,
            }),
            Produce::Dict(..) => b.emit(Instr::BuildDict {
                dst: acc,
                start: 0,
                count: 0,
            }),
            Produce::Yield(_) => 0,
        };
    }

    /// One item: appended, added, inserted or yielded.
    fn item(self, b: &mut FnBuilder, acc: Reg) -> CompileResult<()> {
        match self {
            Produce::List(x) => {
                let v = b.expr(x)?;
                b.emit(Instr::ListAppend { list: acc, src: v });
            }
            Produce::Set(x) => {
                let v = b.expr(x)?;
                b.emit(Instr::SetAdd { set: acc, src: v });
            }
            Produce::Dict(k, v) => {
                let kr = b.expr(k)?;
                let vr = b.expr(v)?;
                b.emit(Instr::DictInsert {
                    dict: acc,
                    key: kr,
                    value: vr,
                });
            }
            Produce::Yield(x) => {
                let v = b.expr(x)?;
                let sent = b.temp();
                b.emit(Instr::Yield { dst: sent, src: v });
            }
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Seq {
    List,
    Tuple,
    Set,
}

/// Whether CPython's AST optimizer makes `e` a constant (a literal, a sign applied
/// to a number, a tuple of constants), so that a display of such items is folded.
fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis => true,
        ExprKind::UnaryOp { op, operand } => {
            !matches!(op, crate::syntax::ast::UnaryOp::Not)
                && matches!(
                    operand.kind,
                    ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Float(_)
                )
        }
        ExprKind::Tuple(items) => items.iter().all(is_constant),
        _ => false,
    }
}
