//! The nesting limit of CPython's compiler.
//!
//! CPython 3.11's symbol table pass counts its recursion through the tree: each
//! statement and each expression it visits is one level deeper than the node it
//! belongs to (a function's body one deeper than its `def`, an `f(x)`'s `x` one
//! deeper than the call, down to the leaves), and past [`LIMIT`] levels it raises
//! `RecursionError: maximum recursion depth exceeded during compilation`. So
//! `x = 1 + 1 + ... + 1` compiles with 2,999 terms and not with 3,000, and
//! `x = - - ... - 1` with 2,998 minus signs. [`check`] counts the same way, over
//! Krait's tree (shaped as CPython's: flat `and`/`or` and comparison chains, an
//! f-string's fields as `FormattedValue`s inside a `JoinedStr`), without recursion.
//!
//! Not modeled: CPython's parser has a stack of its own (6,000 rule levels), and
//! gives up on it first, with a bare `MemoryError`, for chains of `**` and `lambda`
//! from about 2,985 levels (two rule levels each) and for any chain past about
//! 6,000; Krait reports the `RecursionError` there (and compiles 2,985 to 2,998
//! chained `**`s or `lambda`s, which CPython does not).

use super::ast::{for_each_child, Arg, Expr, ExprKind, FStringPart, Stmt, StmtKind};
use super::{ParseError, ParseErrorKind};

/// CPython's default recursion limit (1,000) times `COMPILER_STACK_FRAME_SCALE` (3).
pub const LIMIT: u32 = 3000;

pub const MESSAGE: &str = "maximum recursion depth exceeded during compilation";

/// A node of the walk: a statement, an expression, or the parts of a `JoinedStr`.
enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    Parts(&'a [FStringPart]),
}

/// The `RecursionError` of a tree nested deeper than CPython's compiler goes.
pub fn error() -> ParseError {
    ParseError {
        kind: ParseErrorKind::Recursion,
        message: MESSAGE.to_owned(),
        line: 0,
        col: 0,
    }
}

/// Checks that no path from a module's statement to a leaf is longer than [`LIMIT`].
pub fn check(body: &[Stmt]) -> Result<(), ParseError> {
    let mut stack: Vec<(Node, u32)> = body.iter().map(|s| (Node::Stmt(s), 1)).collect();
    while let Some((node, depth)) = stack.pop() {
        if depth > LIMIT {
            return Err(error());
        }
        let below = depth + 1;
        match node {
            Node::Stmt(s) => push_stmt(&mut stack, s, below),
            Node::Expr(e) => push_expr(&mut stack, e, below),
            Node::Parts(parts) => {
                // The parts of a `JoinedStr` at `depth`: literals are constants
                // below it, a field a `FormattedValue` whose value and format spec
                // (itself a `JoinedStr`) are one level further down.
                for p in parts {
                    match p {
                        FStringPart::Literal(_) => {
                            if below > LIMIT {
                                return Err(error());
                            }
                        }
                        FStringPart::Formatted { value, spec, .. } => {
                            stack.push((Node::Expr(value), below + 1));
                            if !spec.is_empty() {
                                stack.push((Node::Parts(spec), below + 1));
                            }
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

/// Pushes the children of statement `s` (its expressions and statements), at depth `d`.
fn push_stmt<'a>(stack: &mut Vec<(Node<'a>, u32)>, s: &'a Stmt, d: u32) {
    let mut exprs = |es: &mut dyn Iterator<Item = &'a Expr>| {
        stack.extend(es.map(|e| (Node::Expr(e), d)));
    };
    let mut body: Vec<&'a [Stmt]> = Vec::new();
    match &s.kind {
        StmtKind::Expr(e) => exprs(&mut std::iter::once(e)),
        StmtKind::Assign { targets, value } => {
            exprs(&mut targets.iter().chain(std::iter::once(value)))
        }
        StmtKind::AugAssign { target, value, .. } => exprs(&mut [target, value].into_iter()),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => exprs(&mut [target, annotation].into_iter().chain(value)),
        StmtKind::If {
            test,
            body: b,
            orelse,
        }
        | StmtKind::While {
            test,
            body: b,
            orelse,
        } => {
            exprs(&mut std::iter::once(test));
            body.extend([&b[..], &orelse[..]]);
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
        } => {
            exprs(&mut [target, iter].into_iter());
            body.extend([&b[..], &orelse[..]]);
        }
        StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Pass
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => {}
        StmtKind::Return(value) => exprs(&mut value.iter()),
        StmtKind::Delete(targets) => exprs(&mut targets.iter()),
        StmtKind::Assert { test, msg } => exprs(&mut std::iter::once(test).chain(msg)),
        StmtKind::FunctionDef(f) => {
            let defaults = f.params.positional.iter().chain(&f.params.kwonly);
            exprs(
                &mut f
                    .decorators
                    .iter()
                    .chain(defaults.filter_map(|p| p.default.as_ref()))
                    .chain(&f.returns),
            );
            body.push(&f.body);
        }
        StmtKind::ClassDef(c) => {
            exprs(&mut c.decorators.iter().chain(&c.bases));
            body.push(&c.body);
        }
        StmtKind::Raise { exc, cause } => exprs(&mut exc.iter().chain(cause)),
        StmtKind::Try(t) => {
            // A handler is not a level of its own: its type and body are the `try`'s.
            exprs(&mut t.handlers.iter().filter_map(|h| h.typ.as_ref()));
            body.extend(t.handlers.iter().map(|h| &h.body[..]));
            body.extend([&t.body[..], &t.orelse[..], &t.finalbody[..]]);
        }
    }
    for stmts in body {
        stack.extend(stmts.iter().map(|s| (Node::Stmt(s), d)));
    }
}

/// Pushes the children of expression `e`, at depth `d`.
fn push_expr<'a>(stack: &mut Vec<(Node<'a>, u32)>, e: &'a Expr, d: u32) {
    match &e.kind {
        // `e` is the `JoinedStr`; its parts are a node at its own depth.
        ExprKind::FString(parts) => stack.push((Node::Parts(parts), d - 1)),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            stack.push((Node::Expr(func), d));
            for a in args {
                stack.push(match a {
                    Arg::Positional(x) => (Node::Expr(x), d),
                    // `*x` is a `Starred` node with `x` below it.
                    Arg::Star(x) => (Node::Expr(x), d + 1),
                });
            }
            stack.extend(keywords.iter().map(|k| (Node::Expr(&k.value), d)));
        }
        ExprKind::Lambda { params, body } => {
            let defaults = params.positional.iter().chain(&params.kwonly);
            stack.extend(
                defaults
                    .filter_map(|p| p.default.as_ref())
                    .map(|x| (Node::Expr(x), d)),
            );
            stack.push((Node::Expr(body), d));
        }
        _ => for_each_child(e, &mut |x| stack.push((Node::Expr(x), d))),
    }
}
