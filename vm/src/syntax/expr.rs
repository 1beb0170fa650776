//! The expression grammar, as methods on the statement parser.
//!
//! Binary operators from `or` down to `*` are parsed by precedence climbing in one
//! function, which keeps the recursion per bracket level shallow: each nesting level
//! costs a handful of stack frames. The lexer's 200-bracket cap and the depth guard
//! here (twice the deepest tree CPython compiles) bound the recursion of any input:
//! about 30 MiB of stack in a debug build, which the CLI's 512 MiB thread has.

use std::collections::HashSet;

use super::ast::{
    Arg, BinOp, BoolOp, CmpOp, Comprehension, Expr, ExprKind, FStringPart, Keyword, Param, Params,
    Span, UnaryOp,
};
use super::fstring;
use super::lexer::{syntax_error, StrLit, Tok};
use super::parser::{check_target, unsupported, PResult, Parser, Scope, MAX_NESTING};

// Binding powers, loosest first.
const OR: u8 = 1;
const AND: u8 = 2;
const NOT: u8 = 3;
const COMPARE: u8 = 4;
const BIT_OR: u8 = 5;

fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

/// The operator of an augmented assignment token (`+=` gives `Add`).
pub(super) fn augmented_op(op: &str) -> Option<BinOp> {
    match op {
        "+=" | "-=" | "*=" | "/=" | "//=" | "%=" | "**=" | "<<=" | ">>=" | "|=" | "^=" | "&="
        | "@=" => binary_op(&op[..op.len() - 1]),
        _ => None,
    }
}

fn binary_op(op: &str) -> Option<BinOp> {
    Some(match op {
        "+" => BinOp::Add,
        "-" => BinOp::Sub,
        "*" => BinOp::Mul,
        "/" => BinOp::Div,
        "//" => BinOp::FloorDiv,
        "%" => BinOp::Mod,
        "**" => BinOp::Pow,
        "<<" => BinOp::LShift,
        ">>" => BinOp::RShift,
        "|" => BinOp::BitOr,
        "^" => BinOp::BitXor,
        "&" => BinOp::BitAnd,
        "@" => BinOp::MatMul,
        _ => return None,
    })
}

/// Binding power of a binary (non-boolean, non-comparison) operator.
fn binary_power(op: BinOp) -> u8 {
    match op {
        BinOp::BitOr => 5,
        BinOp::BitXor => 6,
        BinOp::BitAnd => 7,
        BinOp::LShift | BinOp::RShift => 8,
        BinOp::Add | BinOp::Sub => 9,
        BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::MatMul => 10,
        // `**` is parsed separately, above unary operators.
        BinOp::Pow => u8::MAX,
    }
}

/// An infix operator at the current token, as the precedence climber sees it.
enum Infix {
    Bool(BoolOp),
    Compare,
    Binary(BinOp),
}

impl Parser {
    /// Enters one more level of expression nesting, refusing input nested beyond the
    /// cap; the caller decrements `depth` when done. (Not a closure-taking wrapper:
    /// in debug builds every frame on the recursive path counts.)
    fn enter(&mut self) -> PResult<()> {
        if self.depth >= MAX_NESTING {
            return Err(super::depth::error());
        }
        self.depth += 1;
        self.link()?;
        self.chain -= 1;
        Ok(())
    }

    /// Whether the current token can begin an expression.
    pub(super) fn starts_expression(&self) -> bool {
        match self.peek() {
            Tok::Name(_) | Tok::Int(_) | Tok::BigInt(_) | Tok::Float(_) | Tok::Imaginary => true,
            Tok::Str(_) => true,
            Tok::Op(op) => matches!(*op, "(" | "[" | "{" | "-" | "+" | "~" | "..." | "*"),
            Tok::Kw(kw) => matches!(*kw, "None" | "True" | "False" | "not" | "lambda" | "await"),
            _ => false,
        }
    }

    /// Whether the current token can begin an operand, but not continue one: after a
    /// complete expression such a token means two expressions are juxtaposed.
    fn starts_operand_only(&self) -> bool {
        match self.peek() {
            Tok::Name(_) | Tok::Int(_) | Tok::BigInt(_) | Tok::Float(_) | Tok::Imaginary => true,
            Tok::Str(_) => true,
            Tok::Op(op) => matches!(*op, "{" | "~" | "..."),
            Tok::Kw(kw) => matches!(*kw, "None" | "True" | "False" | "lambda" | "await"),
            _ => false,
        }
    }

    /// The error for `prev` followed directly by another expression.
    fn juxtaposed(&mut self, prev: &Expr) -> super::ParseError {
        if let ExprKind::Name(name) = &prev.kind {
            if name == "print" || name == "exec" {
                return syntax_error(
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                    prev.span,
                );
            }
        }
        if self.brackets > 0 {
            // CPython parses the second expression before blaming a missing comma;
            // reaching a tokenizing error (an unclosed bracket) on the way reports that.
            if let Some(e) = self.trial(|p| {
                let _ = p.binary(OR);
                if let Tok::Error(e) = p.peek() {
                    return Some(e.clone());
                }
                None
            }) {
                return e;
            }
            return syntax_error("invalid syntax. Perhaps you forgot a comma?", prev.span);
        }
        self.unexpected()
    }

    /// `star_expressions`: one expression, or an unparenthesized tuple (with `*x`).
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        let at = self.span();
        let first = self.star_or_test()?;
        if !self.at_op(",") {
            if matches!(first.kind, ExprKind::Starred(_)) {
                self.defer("can't use starred expression here", first.span);
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(",") && self.starts_expression() {
            elts.push(self.star_or_test()?);
        }
        Ok(expr(ExprKind::Tuple(elts), at))
    }

    /// `*bitwise_or` or an expression.
    fn star_or_test(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            return self.starred();
        }
        self.test()
    }

    fn starred(&mut self) -> PResult<Expr> {
        let at = self.bump();
        let value = self.binary(BIT_OR)?;
        Ok(expr(ExprKind::Starred(Box::new(value)), at))
    }

    /// An assignment target in `for` or a comprehension: stops before `in`.
    pub(super) fn target_list(&mut self) -> PResult<Expr> {
        let at = self.span();
        let first = self.target()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(",") && self.starts_expression() {
            elts.push(self.target()?);
        }
        Ok(expr(ExprKind::Tuple(elts), at))
    }

    /// One target: `*x` or an expression without comparisons.
    pub(super) fn target(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            return self.starred();
        }
        self.binary(BIT_OR)
    }

    /// An expression where CPython allows `:=` (which Krait does not support).
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        let e = self.test()?;
        self.no_assignment_after(&e)?;
        Ok(e)
    }

    /// An element of a parenthesized, list or set display, or a subscript: an
    /// expression or `*bitwise_or`, where CPython parses a named expression.
    fn display_element(&mut self) -> PResult<Expr> {
        let e = self.star_or_test()?;
        self.no_assignment_after(&e)?;
        Ok(e)
    }

    /// CPython's hints for a single `=` after `e` where it parses a named expression
    /// (`if n = 1:`, `print((a = 1))`, `[x.y = 2]`): `e = bitwise_or` not followed
    /// by another `=` or `:=` (its `invalid_named_expression` rule).
    fn no_assignment_after(&mut self, e: &Expr) -> PResult<()> {
        if !self.at_op("=") {
            return Ok(());
        }
        let message = match &e.kind {
            ExprKind::Name(_) => {
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_owned()
            }
            // Not a list, tuple, generator expression, True, False or None; and
            // `e` itself a `bitwise_or` (an operand of a comparison).
            ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Starred(_)
            | ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not, ..
            } => return Ok(()),
            _ => format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                super::parser::describe(e)
            ),
        };
        let assignment = self.trial(|p| {
            p.bump();
            p.binary(BIT_OR).is_ok() && !p.at_op("=") && !p.at_op(":=")
        });
        if assignment {
            return Err(syntax_error(message, e.span));
        }
        Ok(())
    }

    /// `expression`: a lambda, a conditional expression, or a disjunction.
    pub(super) fn test(&mut self) -> PResult<Expr> {
        self.enter()?;
        let result = if self.at_kw("lambda") {
            self.lambda()
        } else {
            self.conditional()
        };
        self.depth -= 1;
        let result = result?;
        if self.at_op(":=") || self.starts_operand_only() {
            return Err(self.misplaced_after(&result));
        }
        Ok(result)
    }

    /// The error for a complete expression followed by `:=` or another operand.
    fn misplaced_after(&mut self, prev: &Expr) -> super::ParseError {
        if self.at_op(":=") {
            return unsupported("assignment expression (':=')", prev.span);
        }
        self.juxtaposed(prev)
    }

    /// A disjunction, possibly the body of a conditional expression.
    fn conditional(&mut self) -> PResult<Expr> {
        let body = self.binary(OR)?;
        if self.at_kw("if") {
            return self.conditional_rest(body);
        }
        Ok(body)
    }

    /// `if test else orelse` after the body of a conditional expression.
    fn conditional_rest(&mut self, body: Expr) -> PResult<Expr> {
        self.bump();
        let test = self.binary(OR)?;
        if !self.at_kw("else") {
            if self.starts_operand_only() || self.at(&Tok::Newline) || self.at_op(")") {
                return Err(syntax_error(
                    "expected 'else' after 'if' expression",
                    body.span,
                ));
            }
            return Err(self.unexpected());
        }
        self.bump();
        let orelse = self.test()?;
        let span = body.span;
        let kind = ExprKind::IfExp {
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
        };
        Ok(expr(kind, span))
    }

    fn lambda(&mut self) -> PResult<Expr> {
        let at = self.bump();
        let params = self.params(true)?;
        self.expect_op(":")?;
        let saved = self.scope;
        self.scope = Scope::Function;
        let body = self.test();
        self.scope = saved;
        let kind = ExprKind::Lambda {
            params: Box::new(params),
            body: Box::new(body?),
        };
        Ok(expr(kind, at))
    }

    fn infix(&self) -> Option<(Infix, u8)> {
        match self.peek() {
            Tok::Kw("or") => Some((Infix::Bool(BoolOp::Or), OR)),
            Tok::Kw("and") => Some((Infix::Bool(BoolOp::And), AND)),
            Tok::Kw("in" | "is") => Some((Infix::Compare, COMPARE)),
            Tok::Kw("not") if matches!(self.peek_at(1), Tok::Kw("in")) => {
                Some((Infix::Compare, COMPARE))
            }
            Tok::Op("<" | ">" | "==" | ">=" | "<=" | "!=") => Some((Infix::Compare, COMPARE)),
            Tok::Op(op) => {
                let op = binary_op(op).filter(|&op| op != BinOp::Pow)?;
                Some((Infix::Binary(op), binary_power(op)))
            }
            _ => None,
        }
    }

    fn compare_op(&mut self) -> CmpOp {
        let op = match self.peek() {
            Tok::Op("<") => CmpOp::Lt,
            Tok::Op(">") => CmpOp::Gt,
            Tok::Op("==") => CmpOp::Eq,
            Tok::Op(">=") => CmpOp::GtE,
            Tok::Op("<=") => CmpOp::LtE,
            Tok::Op("!=") => CmpOp::NotEq,
            Tok::Kw("in") => CmpOp::In,
            Tok::Kw("not") => {
                self.bump();
                CmpOp::NotIn
            }
            _ => {
                if matches!(self.peek_at(1), Tok::Kw("not")) {
                    self.bump();
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
        };
        self.bump();
        op
    }

    /// Precedence climbing over `or`, `and`, `not`, comparisons and the binary
    /// operators, parsing operators that bind at least as tightly as `min`.
    fn binary(&mut self, min: u8) -> PResult<Expr> {
        let mut left = if min <= NOT && self.at_kw("not") {
            self.not_expr()?
        } else {
            self.factor()?
        };
        let mut links = 0;
        while let Some((infix, power)) = self.infix() {
            if power < min {
                break;
            }
            self.link()?;
            links += 1;
            left = self.infix_rest(left, infix, power)?;
        }
        self.chain -= links;
        Ok(left)
    }

    fn not_expr(&mut self) -> PResult<Expr> {
        let at = self.bump();
        self.enter()?;
        let operand = self.binary(NOT);
        self.depth -= 1;
        Ok(expr(
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand: Box::new(operand?),
            },
            at,
        ))
    }

    /// The rest of an infix expression after its left operand.
    fn infix_rest(&mut self, left: Expr, infix: Infix, power: u8) -> PResult<Expr> {
        let span = left.span;
        Ok(match infix {
            Infix::Bool(op) => {
                let mut values = vec![left];
                while self.infix().is_some_and(|(_, p)| p == power) {
                    self.bump();
                    values.push(self.binary(power + 1)?);
                }
                expr(ExprKind::BoolOp { op, values }, span)
            }
            Infix::Compare => {
                let mut ops = Vec::new();
                let mut comparators = Vec::new();
                while matches!(self.infix(), Some((Infix::Compare, _))) {
                    ops.push(self.compare_op());
                    comparators.push(self.binary(COMPARE + 1)?);
                }
                expr(
                    ExprKind::Compare {
                        left: Box::new(left),
                        ops,
                        comparators,
                    },
                    span,
                )
            }
            Infix::Binary(op) => {
                self.bump();
                let right = self.binary(power + 1)?;
                expr(
                    ExprKind::BinOp {
                        op,
                        left: Box::new(left),
                        right: Box::new(right),
                    },
                    span,
                )
            }
        })
    }

    /// Unary `-`, `+`, `~`, then `**` (which binds tighter on its left: `-2**2`
    /// is `-(2**2)`, and `2**-1` works).
    fn factor(&mut self) -> PResult<Expr> {
        self.enter()?;
        let op = match self.peek() {
            Tok::Op("-") => Some(UnaryOp::Neg),
            Tok::Op("+") => Some(UnaryOp::Pos),
            Tok::Op("~") => Some(UnaryOp::Invert),
            _ => None,
        };
        let result = match op {
            Some(op) => self.unary(op),
            None => self.power(),
        };
        self.depth -= 1;
        result
    }

    fn unary(&mut self, op: UnaryOp) -> PResult<Expr> {
        let at = self.bump();
        let operand = self.factor()?;
        Ok(expr(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            at,
        ))
    }

    fn power(&mut self) -> PResult<Expr> {
        if self.at_kw("await") {
            return Err(unsupported("'await'", self.span()));
        }
        let base = self.primary()?;
        if self.at_op("**") {
            return self.power_rest(base);
        }
        Ok(base)
    }

    fn power_rest(&mut self, base: Expr) -> PResult<Expr> {
        self.bump();
        let exponent = self.factor()?;
        let span = base.span;
        let kind = ExprKind::BinOp {
            op: BinOp::Pow,
            left: Box::new(base),
            right: Box::new(exponent),
        };
        Ok(expr(kind, span))
    }

    /// An atom followed by calls, attribute accesses and subscripts.
    fn primary(&mut self) -> PResult<Expr> {
        let mut value = self.atom()?;
        let mut links = 0;
        while let Tok::Op("." | "(" | "[") = self.peek() {
            self.link()?;
            links += 1;
            value = self.trailer(value)?;
        }
        self.chain -= links;
        Ok(value)
    }

    /// One `.name`, `(args)` or `[index]` applied to `value`.
    fn trailer(&mut self, value: Expr) -> PResult<Expr> {
        let span = value.span;
        let value = Box::new(value);
        let kind = if self.eat_op(".") {
            ExprKind::Attribute {
                value,
                attr: self.expect_name()?,
            }
        } else if self.eat_op("(") {
            let (args, keywords) = self.call_arguments()?;
            ExprKind::Call {
                func: value,
                args,
                keywords,
            }
        } else {
            self.bump();
            self.brackets += 1;
            let index = self.subscript();
            self.brackets -= 1;
            let index = index?;
            self.expect_op("]")?;
            ExprKind::Subscript {
                value,
                index: Box::new(index),
            }
        };
        Ok(expr(kind, span))
    }

    /// The index of a subscript: one slice or expression, or a tuple of them.
    fn subscript(&mut self) -> PResult<Expr> {
        let at = self.span();
        let first = self.slice()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(",") && !self.at_op("]") {
            elts.push(self.slice()?);
        }
        Ok(expr(ExprKind::Tuple(elts), at))
    }

    fn slice(&mut self) -> PResult<Expr> {
        let at = self.span();
        let lower = if self.at_op(":") {
            None
        } else {
            Some(self.display_element()?)
        };
        if !self.eat_op(":") {
            return lower.ok_or_else(|| self.unexpected());
        }
        let ends = |p: &Self| p.at_op(":") || p.at_op(",") || p.at_op("]");
        let upper = if ends(self) {
            None
        } else {
            Some(Box::new(self.test()?))
        };
        let mut step = None;
        if self.eat_op(":") && !self.at_op(",") && !self.at_op("]") {
            step = Some(Box::new(self.test()?));
        }
        Ok(expr(
            ExprKind::Slice {
                lower: lower.map(Box::new),
                upper,
                step,
            },
            at,
        ))
    }

    /// Call arguments after `(`, through the closing `)`.
    pub(super) fn call_arguments(&mut self) -> PResult<(Vec<Arg>, Vec<Keyword>)> {
        self.brackets += 1;
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_unpack = false;
        while !self.at_op(")") {
            let at = self.span();
            if self.eat_op("*") {
                if seen_unpack {
                    return Err(syntax_error(
                        "iterable argument unpacking follows keyword argument unpacking",
                        at,
                    ));
                }
                args.push(Arg::Star(self.test()?));
            } else if self.eat_op("**") {
                seen_unpack = true;
                keywords.push(Keyword {
                    name: None,
                    value: self.test()?,
                    span: at,
                });
            } else if matches!(self.peek(), Tok::Name(_)) && matches!(self.peek_at(1), Tok::Op("="))
            {
                let name = self.expect_name()?;
                self.bump();
                if keywords.iter().any(|k| k.name.as_ref() == Some(&name)) {
                    // CPython's compiler finds this once the file has parsed.
                    self.defer_symtable(&format!("keyword argument repeated: {name}"), at);
                }
                keywords.push(Keyword {
                    name: Some(name),
                    value: self.test()?,
                    span: at,
                });
            } else {
                let mut value = self.test()?;
                if self.at_kw("for") || self.at_kw("async") {
                    let generators = self.comprehension_clauses()?;
                    let sole = args.is_empty() && keywords.is_empty() && self.at_op(")");
                    if !sole {
                        return Err(syntax_error(
                            "Generator expression must be parenthesized",
                            at,
                        ));
                    }
                    value = expr(
                        ExprKind::GeneratorExp {
                            elt: Box::new(value),
                            generators,
                        },
                        at,
                    );
                }
                if self.at_op("=") {
                    return Err(syntax_error(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        at,
                    ));
                }
                if seen_unpack {
                    return Err(syntax_error(
                        "positional argument follows keyword argument unpacking",
                        self.span(),
                    ));
                }
                if !keywords.is_empty() {
                    return Err(syntax_error(
                        "positional argument follows keyword argument",
                        self.span(),
                    ));
                }
                args.push(Arg::Positional(value));
            }
            if !self.eat_op(",") {
                break;
            }
        }
        self.brackets -= 1;
        self.expect_op(")")?;
        Ok((args, keywords))
    }

    /// A parameter list, up to (not including) `)` for a `def` or `:` for a lambda.
    pub(super) fn params(&mut self, lambda: bool) -> PResult<Params> {
        let closer = if lambda { ":" } else { ")" };
        let mut params = Params::default();
        let mut star = false;
        let mut seen_default = false;
        let mut names = HashSet::new();
        while !self.at_op(closer) {
            let at = self.span();
            if self.eat_op("/") {
                return Err(unsupported("positional-only parameter marker ('/')", at));
            }
            if self.eat_op("**") {
                params.kwarg = Some(self.param_name(lambda, &mut names)?);
                self.eat_op(",");
                if !self.at_op(closer) {
                    return Err(syntax_error(
                        "arguments cannot follow var-keyword argument",
                        self.span(),
                    ));
                }
                break;
            }
            if self.eat_op("*") {
                if star {
                    return Err(syntax_error("* argument may appear only once", at));
                }
                star = true;
                if matches!(self.peek(), Tok::Name(_)) {
                    params.vararg = Some(self.param_name(lambda, &mut names)?);
                    if self.at_op("=") {
                        return Err(syntax_error(
                            "var-positional argument cannot have default value",
                            self.span(),
                        ));
                    }
                } else if self.at_op(closer)
                    || (self.eat_op(",") && (self.at_op(closer) || self.at_op("**")))
                {
                    return Err(syntax_error(
                        "named arguments must follow bare *",
                        self.span(),
                    ));
                } else {
                    continue;
                }
            } else {
                let name = self.param_name(lambda, &mut names)?;
                let default = if self.eat_op("=") {
                    Some(self.test()?)
                } else {
                    None
                };
                if star {
                    params.kwonly.push(Param {
                        name,
                        default,
                        span: at,
                    });
                } else {
                    seen_default |= default.is_some();
                    if default.is_none() && seen_default {
                        return Err(syntax_error(
                            "non-default argument follows default argument",
                            at,
                        ));
                    }
                    params.positional.push(Param {
                        name,
                        default,
                        span: at,
                    });
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(params)
    }

    /// A parameter name with its (parsed and dropped) annotation; notes duplicates.
    fn param_name(&mut self, lambda: bool, names: &mut HashSet<String>) -> PResult<String> {
        let at = self.span();
        let name = self.expect_name()?;
        if !lambda && self.eat_op(":") {
            self.test()?;
        }
        if !names.insert(name.clone()) {
            let message = format!("duplicate argument '{name}' in function definition");
            self.defer_symtable(&message, at);
        }
        Ok(name)
    }

    /// `yield`, `yield value(s)` or `yield from value`.
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let at = self.bump();
        if self.scope != Scope::Function {
            self.defer("'yield' outside function", at);
        }
        if self.eat_kw("from") {
            let value = self.test()?;
            return Ok(expr(ExprKind::YieldFrom(Box::new(value)), at));
        }
        let value = if self.starts_expression() {
            Some(Box::new(self.star_expressions()?))
        } else {
            None
        };
        Ok(expr(ExprKind::Yield(value), at))
    }

    /// `for target in iter if cond ...` clauses, one or more.
    fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_kw("for") || self.at_kw("async") {
            if self.at_kw("async") {
                return Err(unsupported("asynchronous comprehension", self.span()));
            }
            self.bump();
            let target = self.target_list()?;
            check_target(&target)?;
            self.expect_kw("in")?;
            let iter = self.binary(OR)?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.binary(OR)?);
            }
            generators.push(Comprehension { target, iter, ifs });
        }
        Ok(generators)
    }

    fn atom(&mut self) -> PResult<Expr> {
        let at = self.span();
        let kind = match self.peek() {
            Tok::Name(name) => ExprKind::Name(name.clone()),
            Tok::Int(n) => ExprKind::Int(*n),
            Tok::BigInt(n) => ExprKind::BigInt(n.clone()),
            Tok::Float(x) => ExprKind::Float(*x),
            Tok::Imaginary => return Err(unsupported("complex literal", at)),
            Tok::Kw("None") => ExprKind::None,
            Tok::Kw("True") => ExprKind::Bool(true),
            Tok::Kw("False") => ExprKind::Bool(false),
            Tok::Op("...") => ExprKind::Ellipsis,
            Tok::Str(_) => return self.strings(),
            Tok::Op("(") => return self.bracketed(|p| p.parenthesized(at)),
            Tok::Op("[") => return self.bracketed(|p| p.list_display(at)),
            Tok::Op("{") => return self.bracketed(|p| p.brace_display(at)),
            _ => return Err(self.unexpected()),
        };
        self.bump();
        Ok(expr(kind, at))
    }

    /// Parses the inside of a bracket pair; the opening bracket is the current token.
    fn bracketed(&mut self, f: impl FnOnce(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        self.bump();
        self.brackets += 1;
        let result = f(self);
        self.brackets -= 1;
        result
    }

    /// After `(`: `()`, `(yield)`, a parenthesized expression, a tuple, or a generator.
    fn parenthesized(&mut self, at: Span) -> PResult<Expr> {
        if self.eat_op(")") {
            return Ok(expr(ExprKind::Tuple(Vec::new()), at));
        }
        if self.at_kw("yield") {
            let value = self.yield_expr()?;
            self.expect_op(")")?;
            return Ok(value);
        }
        let first = self.display_element()?;
        self.parenthesized_rest(first, at)
    }

    fn parenthesized_rest(&mut self, first: Expr, at: Span) -> PResult<Expr> {
        if self.at_kw("for") || self.at_kw("async") {
            let generators = self.comprehension_clauses()?;
            self.expect_op(")")?;
            return Ok(expr(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                at,
            ));
        }
        if self.eat_op(")") {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(syntax_error(
                    "cannot use starred expression here",
                    first.span,
                ));
            }
            return Ok(first);
        }
        let elts = self.rest_of_sequence(first, ")")?;
        Ok(expr(ExprKind::Tuple(elts), at))
    }

    /// After the first element of a display: `, elt`* up to and including `closer`.
    fn rest_of_sequence(&mut self, first: Expr, closer: &str) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op(closer) {
                break;
            }
            elts.push(self.display_element()?);
        }
        self.expect_op(closer)?;
        Ok(elts)
    }

    fn list_display(&mut self, at: Span) -> PResult<Expr> {
        if self.eat_op("]") {
            return Ok(expr(ExprKind::List(Vec::new()), at));
        }
        let first = self.display_element()?;
        self.list_rest(first, at)
    }

    fn list_rest(&mut self, first: Expr, at: Span) -> PResult<Expr> {
        if self.at_kw("for") || self.at_kw("async") {
            let generators = self.comprehension_clauses()?;
            self.expect_op("]")?;
            return Ok(expr(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                at,
            ));
        }
        let elts = self.rest_of_sequence(first, "]")?;
        Ok(expr(ExprKind::List(elts), at))
    }

    /// After `{`: a dict or set display or comprehension.
    fn brace_display(&mut self, at: Span) -> PResult<Expr> {
        if self.eat_op("}") {
            return Ok(expr(ExprKind::Dict(Vec::new()), at));
        }
        let first_key = if self.eat_op("**") {
            None
        } else {
            let key = self.display_element()?;
            if !self.at_op(":") {
                if self.at_kw("for") || self.at_kw("async") {
                    let generators = self.comprehension_clauses()?;
                    self.expect_op("}")?;
                    return Ok(expr(
                        ExprKind::SetComp {
                            elt: Box::new(key),
                            generators,
                        },
                        at,
                    ));
                }
                let elts = self.rest_of_sequence(key, "}")?;
                return Ok(expr(ExprKind::Set(elts), at));
            }
            Some(key)
        };
        let mut items = Vec::new();
        let mut key = first_key;
        loop {
            let value = if let Some(key) = &key {
                if !self.eat_op(":") {
                    return Err(self.missing_colon(key));
                }
                self.test()?
            } else {
                self.binary(BIT_OR)?
            };
            let comprehension = self.at_kw("for") || self.at_kw("async");
            match key {
                Some(key) if items.is_empty() && comprehension => {
                    return self.dict_comprehension(key, value, at)
                }
                key => items.push((key, value)),
            }
            if !self.eat_op(",") || self.at_op("}") {
                break;
            }
            key = if self.eat_op("**") {
                None
            } else {
                Some(self.test()?)
            };
        }
        self.expect_op("}")?;
        Ok(expr(ExprKind::Dict(items), at))
    }

    fn dict_comprehension(&mut self, key: Expr, value: Expr, at: Span) -> PResult<Expr> {
        let generators = self.comprehension_clauses()?;
        self.expect_op("}")?;
        let kind = ExprKind::DictComp {
            key: Box::new(key),
            value: Box::new(value),
            generators,
        };
        Ok(expr(kind, at))
    }

    fn missing_colon(&self, key: &Expr) -> super::ParseError {
        if matches!(self.peek(), Tok::Op("," | "}")) {
            return syntax_error("':' expected after dictionary key", key.span);
        }
        self.unexpected()
    }

    /// Adjacent string literals, concatenated; any f-string makes the whole an f-string.
    fn strings(&mut self) -> PResult<Expr> {
        let at = self.span();
        let mut parts: Vec<FStringPart> = Vec::new();
        let mut is_format = false;
        while let Tok::Str(lit) = self.peek() {
            let lit = lit.clone();
            let span = self.bump();
            match lit {
                StrLit::Plain(s) => parts.push(FStringPart::Literal(s)),
                StrLit::Bytes => return Err(unsupported("bytes literal", span)),
                StrLit::Format { body, raw, start } => {
                    is_format = true;
                    parts.extend(fstring::parse(self, &body, raw, start)?);
                }
            }
        }
        let mut merged: Vec<FStringPart> = Vec::new();
        for part in parts {
            match (merged.last_mut(), part) {
                (Some(FStringPart::Literal(prev)), FStringPart::Literal(s)) => prev.push_str(&s),
                (_, part) => merged.push(part),
            }
        }
        if is_format {
            merged.retain(|p| !matches!(p, FStringPart::Literal(s) if s.is_empty()));
            return Ok(expr(ExprKind::FString(merged), at));
        }
        let text = match merged.pop() {
            Some(FStringPart::Literal(s)) => s,
            _ => String::new(),
        };
        Ok(expr(ExprKind::Str(text), at))
    }

    /// Parses the expression of an f-string field, already tokenized, in this parser's
    /// scope and nesting depth. Like CPython, it is parsed as if parenthesized.
    pub(super) fn field_expression(&mut self) -> PResult<Expr> {
        self.brackets += 1;
        let value = if self.at_kw("yield") {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        if matches!(value.kind, ExprKind::Starred(_)) {
            return Err(syntax_error(
                "cannot use starred expression here",
                value.span,
            ));
        }
        if !self.at(&Tok::Eof) {
            return Err(self.unexpected());
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::super::ast::StmtKind;
    use super::super::parse;
    use super::*;

    fn parse_expr(source: &str) -> Expr {
        let module = parse(source.as_bytes(), "t.py").unwrap_or_else(|e| panic!("{source}: {e:?}"));
        match module.body.into_iter().next().map(|s| s.kind) {
            Some(StmtKind::Expr(e)) => e,
            other => panic!("not an expression statement: {other:?}"),
        }
    }

    /// Renders an expression fully parenthesized, to check precedence at a glance.
    fn show(e: &Expr) -> String {
        let list = |es: &[Expr]| es.iter().map(show).collect::<Vec<_>>().join(", ");
        match &e.kind {
            ExprKind::Name(n) => n.clone(),
            ExprKind::Int(n) => n.to_string(),
            ExprKind::BinOp { op, left, right } => {
                format!("({} {op:?} {})", show(left), show(right))
            }
            ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", show(operand)),
            ExprKind::BoolOp { op, values } => format!("{op:?}({})", list(values)),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                format!("Cmp({} {ops:?} {})", show(left), list(comparators))
            }
            ExprKind::IfExp { test, body, orelse } => {
                format!("If({}, {}, {})", show(test), show(body), show(orelse))
            }
            ExprKind::Lambda { body, .. } => format!("Lambda({})", show(body)),
            ExprKind::Tuple(es) => format!("Tuple({})", list(es)),
            ExprKind::Starred(e) => format!("*{}", show(e)),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                format!("{}({} args, {} kw)", show(func), args.len(), keywords.len())
            }
            ExprKind::Attribute { value, attr } => format!("{}.{attr}", show(value)),
            ExprKind::Subscript { value, index } => format!("{}[{}]", show(value), show(index)),
            ExprKind::Slice { lower, upper, step } => {
                let part = |p: &Option<Box<Expr>>| p.as_deref().map(show).unwrap_or_default();
                format!("{}:{}:{}", part(lower), part(upper), part(step))
            }
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn precedence() {
        for (source, expected) in [
            ("-2**2", "(Neg (2 Pow 2))"),
            ("2**-1", "(2 Pow (Neg 1))"),
            ("2**3**2", "(2 Pow (3 Pow 2))"),
            ("a + b * c - d", "((a Add (b Mul c)) Sub d)"),
            (
                "a | b ^ c & d << e + f",
                "(a BitOr (b BitXor (c BitAnd (d LShift (e Add f)))))",
            ),
            (
                "not a == b and c or d",
                "Or(And((Not Cmp(a [Eq] b)), c), d)",
            ),
            ("a < b <= c != d", "Cmp(a [Lt, LtE, NotEq] b, c, d)"),
            (
                "a not in b is not c in d is e",
                "Cmp(a [NotIn, IsNot, In, Is] b, c, d, e)",
            ),
            ("a if b else c if d else e", "If(b, a, If(d, c, e))"),
            ("lambda: a or b if c else d", "Lambda(If(c, Or(a, b), d))"),
            (
                "~a // b % c @ d",
                "((((Invert a) FloorDiv b) Mod c) MatMul d)",
            ),
            (
                "a.b(c)[d:e, ::f, g]",
                "a.b(1 args, 0 kw)[Tuple(d:e:, ::f, g)]",
            ),
            ("-a.b ** -c", "(Neg (a.b Pow (Neg c)))"),
            ("a, *b, c", "Tuple(a, *b, c)"),
            ("not not a", "(Not (Not a))"),
        ] {
            assert_eq!(show(&parse_expr(source)), expected, "for {source}");
        }
    }

    #[test]
    fn literals() {
        let kind = |s: &str| parse_expr(s).kind;
        assert_eq!(kind("0x_ff"), ExprKind::Int(255));
        assert_eq!(kind("1_000.5e-3"), ExprKind::Float(1.0005));
        assert!(matches!(kind("2**100"), ExprKind::BinOp { .. }));
        assert!(matches!(
            kind("123456789012345678901234567890"),
            ExprKind::BigInt(_)
        ));
        assert_eq!(kind("'a' \"b\" '''c'''"), ExprKind::Str("abc".into()));
        assert_eq!(kind("..."), ExprKind::Ellipsis);
        assert_eq!(kind("None"), ExprKind::None);
        assert_eq!(kind("True"), ExprKind::Bool(true));
        assert_eq!(kind("()"), ExprKind::Tuple(Vec::new()));
        assert_eq!(kind("{}"), ExprKind::Dict(Vec::new()));
    }

    #[test]
    fn displays_and_comprehensions() {
        let kind = |s: &str| parse_expr(s).kind;
        assert!(matches!(kind("[x for x in y if x for z in x if z if x]"),
            ExprKind::ListComp { generators, .. } if generators.len() == 2 && generators[1].ifs.len() == 2));
        assert!(matches!(
            kind("{k: v for k, v in d}"),
            ExprKind::DictComp { .. }
        ));
        assert!(matches!(kind("{x for x in y}"), ExprKind::SetComp { .. }));
        assert!(matches!(
            kind("(x for x in y)"),
            ExprKind::GeneratorExp { .. }
        ));
        assert!(matches!(kind("{1, *a}"), ExprKind::Set(s) if s.len() == 2));
        assert!(
            matches!(kind("{1: 2, **d}"), ExprKind::Dict(d) if d.len() == 2 && d[1].0.is_none())
        );
        assert!(matches!(kind("[1, *a, 2,]"), ExprKind::List(l) if l.len() == 3));
        let ExprKind::Call { args, keywords, .. } = kind("f(a, *b, c=1, **d)") else {
            panic!()
        };
        assert!(matches!(args[..], [Arg::Positional(_), Arg::Star(_)]));
        assert_eq!(
            keywords
                .iter()
                .map(|k| k.name.as_deref())
                .collect::<Vec<_>>(),
            [Some("c"), None]
        );
        let ExprKind::Call { args, .. } = kind("sum(x * x for x in xs)") else {
            panic!()
        };
        assert!(matches!(
            &args[..],
            [Arg::Positional(Expr {
                kind: ExprKind::GeneratorExp { .. },
                ..
            })]
        ));
        let ExprKind::Lambda { params, .. } = kind("lambda a, b=1, *c, d, **e: a") else {
            panic!()
        };
        assert_eq!((params.positional.len(), params.kwonly.len()), (2, 1));
    }
}
