//! The recursive-descent parser: tokens to [`ast::Module`] for statements; the
//! expression grammar lives in `expr.rs`.
//!
//! Errors follow CPython 3.11's order: a syntax error stops the parse at once, while
//! the errors CPython finds only after parsing (its symbol table and compiler passes:
//! `'return' outside function`, duplicate parameters, ...) are deferred and reported
//! only when the whole file parsed.

use super::ast::{
    ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Module, Span, Stmt, StmtKind, Try,
};
use super::lexer::{self, error, syntax_error, Tok, Token};
use super::{ParseError, ParseErrorKind};

pub(super) type PResult<T> = Result<T, ParseError>;

/// Deeper statement nesting is refused.
const MAX_BLOCK_DEPTH: u32 = 100;

/// The budget for the parser's recursion, shared by blocks (one unit each) and
/// expressions (one or two units per level of the tree): twice CPython's limit on
/// the tree's depth ([`super::depth::LIMIT`]), so anything CPython compiles parses,
/// and what goes past it is refused as CPython's compiler refuses it. The deepest
/// input takes about 30 MiB of stack in a debug build; the CLI runs the parser on
/// a 512 MiB stack.
pub(super) const MAX_NESTING: u32 = 2 * super::depth::LIMIT + 100;

/// The deepest syntax tree the parser builds, counting operator chains (`1 + 1 +
/// ...`), trailer chains (`a.b.c`) and `elif` chains (built without recursion) as
/// well as nesting: the bound keeps later passes (and the dropping of the tree)
/// within the stack; [`super::depth::check`] then applies CPython's exact limit.
pub(super) const MAX_TREE_DEPTH: u32 = 2 * super::depth::LIMIT + 100;

/// Parses a whole source file.
///
/// Any input gives `Ok` or `Err`, never a panic: invalid UTF-8 and NUL bytes are
/// reported with CPython's messages (which name `filename`), and nesting is capped.
pub fn parse(source: &[u8], filename: &str) -> Result<Module, ParseError> {
    let text = decode_source(source, filename)?;
    let mut parser = Parser::new(lexer::tokenize(&text), Scope::Module);
    let mut body = Vec::new();
    while !parser.at(&Tok::Eof) {
        if let Err(e) = parser.statement(&mut body) {
            return Err(match parser.tokens.last().map(|t| &t.tok) {
                Some(Tok::Error(lex_error)) if lexer::overrides(lex_error, &e) => lex_error.clone(),
                _ => e,
            });
        }
    }
    // CPython's symbol table pass, which bounds the tree's depth, runs before its
    // compiler pass.
    super::depth::check(&body)?;
    match parser.deferred_symtable.or(parser.deferred) {
        Some(e) => Err(e),
        None => Ok(Module { body }),
    }
}

/// Checks for NUL bytes and invalid UTF-8 (whichever comes first), strips a BOM and
/// normalizes line endings to `\n`.
fn decode_source(source: &[u8], filename: &str) -> PResult<String> {
    let line_of = |end: usize| 1 + source[..end].iter().filter(|&&b| b == b'\n').count() as u32;
    let nul = source.iter().position(|&b| b == 0);
    let invalid = std::str::from_utf8(source).err().map(|e| e.valid_up_to());
    let first = match (nul, invalid) {
        (Some(n), Some(i)) => Some(n.min(i)),
        (n, i) => n.or(i),
    };
    if let Some(at) = first {
        let line = line_of(at);
        let message = if source[at] == 0 {
            "source code cannot contain null bytes".to_string()
        } else {
            format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                source[at]
            )
        };
        return Err(syntax_error(message, Span { line, col: 0 }));
    }
    let text = String::from_utf8_lossy(source);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// What kind of code block the parser is in, for `return`/`yield`/`nonlocal` checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Scope {
    Module,
    Class,
    Function,
}

pub(super) struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    pub(super) scope: Scope,
    /// Loops enclosing the current statement within the current scope.
    loops: u32,
    /// Nesting of statement blocks.
    blocks: u32,
    /// Nesting of blocks and expressions, bounded by [`MAX_NESTING`].
    pub(super) depth: u32,
    /// Links of operator, trailer and `elif` chains open on the current path.
    pub(super) chain: u32,
    /// Open brackets around the current expression, for "Perhaps you forgot a comma?".
    pub(super) brackets: u32,
    /// The first error of CPython's compiler pass found, reported after parsing.
    deferred: Option<ParseError>,
    /// The first error of CPython's symbol table pass, which precedes the compiler's.
    deferred_symtable: Option<ParseError>,
}

impl Parser {
    pub(super) fn new(tokens: Vec<Token>, scope: Scope) -> Self {
        Parser {
            tokens,
            pos: 0,
            scope,
            loops: 0,
            blocks: 0,
            depth: 0,
            chain: 0,
            brackets: 0,
            deferred: None,
            deferred_symtable: None,
        }
    }

    // ---- Token access -------------------------------------------------------------

    /// Runs a trial parse, then restores the parser's position and recorded errors.
    pub(super) fn trial<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = (
            self.pos,
            self.chain,
            self.depth,
            self.brackets,
            self.deferred.clone(),
            self.deferred_symtable.clone(),
        );
        let result = f(self);
        (
            self.pos,
            self.chain,
            self.depth,
            self.brackets,
            self.deferred,
            self.deferred_symtable,
        ) = saved;
        result
    }

    pub(super) fn peek(&self) -> &Tok {
        &self.tokens[self.pos].tok
    }

    pub(super) fn peek_at(&self, n: usize) -> &Tok {
        // Every token list ends with Eof or Error, which the parser never moves past.
        let last = self.tokens.len() - 1;
        &self.tokens[(self.pos + n).min(last)].tok
    }

    pub(super) fn span(&self) -> Span {
        self.tokens[self.pos].span
    }

    /// Moves to the next token, never past the final Eof/Error token.
    pub(super) fn bump(&mut self) -> Span {
        let span = self.span();
        if self.pos + 1 < self.tokens.len() {
            self.pos += 1;
        }
        span
    }

    pub(super) fn at(&self, tok: &Tok) -> bool {
        self.peek() == tok
    }

    pub(super) fn at_op(&self, op: &str) -> bool {
        matches!(self.peek(), Tok::Op(o) if *o == op)
    }

    pub(super) fn at_kw(&self, kw: &str) -> bool {
        matches!(self.peek(), Tok::Kw(k) if *k == kw)
    }

    pub(super) fn eat_op(&mut self, op: &str) -> bool {
        let found = self.at_op(op);
        if found {
            self.bump();
        }
        found
    }

    pub(super) fn eat_kw(&mut self, kw: &str) -> bool {
        let found = self.at_kw(kw);
        if found {
            self.bump();
        }
        found
    }

    pub(super) fn expect_op(&mut self, op: &str) -> PResult<Span> {
        if self.at_op(op) {
            Ok(self.bump())
        } else {
            Err(self.unexpected())
        }
    }

    pub(super) fn expect_kw(&mut self, kw: &str) -> PResult<Span> {
        if self.at_kw(kw) {
            Ok(self.bump())
        } else {
            Err(self.unexpected())
        }
    }

    pub(super) fn expect_name(&mut self) -> PResult<String> {
        match self.peek() {
            Tok::Name(name) => {
                let name = name.clone();
                self.bump();
                Ok(name)
            }
            _ => Err(self.unexpected()),
        }
    }

    /// The generic error at the current token (or the tokenizing error it is).
    pub(super) fn unexpected(&self) -> ParseError {
        let token = &self.tokens[self.pos];
        match &token.tok {
            Tok::Error(e) => e.clone(),
            Tok::Indent => error(ParseErrorKind::Indentation, "unexpected indent", token.span),
            _ => syntax_error("invalid syntax", token.span),
        }
    }

    /// Adds one link to the tree depth of the current path (see [`MAX_TREE_DEPTH`]);
    /// the caller removes its links from `chain` when done.
    pub(super) fn link(&mut self) -> PResult<()> {
        self.chain += 1;
        if self.depth + self.chain > MAX_TREE_DEPTH {
            return Err(super::depth::error());
        }
        Ok(())
    }

    /// Records an error that CPython's compiler reports after the whole file parsed.
    pub(super) fn defer(&mut self, message: &str, at: Span) {
        self.deferred
            .get_or_insert_with(|| syntax_error(message, at));
    }

    /// Records an error that CPython's symbol table reports after the file parsed.
    pub(super) fn defer_symtable(&mut self, message: &str, at: Span) {
        self.deferred_symtable
            .get_or_insert_with(|| syntax_error(message, at));
    }

    /// Takes over the deferred errors of a parser for a part of this one's input.
    pub(super) fn adopt_deferred(&mut self, part: Parser) {
        self.deferred = self.deferred.take().or(part.deferred);
        self.deferred_symtable = self.deferred_symtable.take().or(part.deferred_symtable);
    }

    // ---- Statements ---------------------------------------------------------------

    /// Parses one statement line (or compound statement) and appends it to `out`.
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        // One call site through a function pointer: in debug builds each call's result
        // takes its own stack slot, and this is the recursive path for nested blocks.
        let is_match =
            matches!(self.peek(), Tok::Name(n) if n == "match") && self.is_match_statement();
        let compound: fn(&mut Self) -> PResult<StmtKind> = match self.peek() {
            Tok::Kw("if") => Self::if_stmt,
            Tok::Kw("while") => Self::while_stmt,
            Tok::Kw("for") => Self::for_stmt,
            Tok::Kw("try") => Self::try_stmt,
            Tok::Kw("def" | "class") => |p| p.definition(Vec::new()),
            Tok::Op("@") => Self::decorated,
            Tok::Kw("with" | "async") => Self::unsupported_statement,
            _ if is_match => Self::unsupported_statement,
            _ => return self.simple_statements(out),
        };
        let span = self.span();
        let kind = compound(self)?;
        out.push(Stmt { kind, span });
        Ok(())
    }

    fn unsupported_statement(&mut self) -> PResult<StmtKind> {
        let what = match (self.peek(), self.peek_at(1)) {
            (Tok::Kw("with"), _) => "'with' statement",
            (Tok::Kw("async"), Tok::Kw("for")) => "'async for'",
            (Tok::Kw("async"), Tok::Kw("with")) => "'async with'",
            (Tok::Kw("async"), _) => "'async def'",
            _ => "'match' statement",
        };
        Err(unsupported(what, self.span()))
    }

    /// `match` is a soft keyword: it starts a match statement only when followed by a
    /// subject, `:`, and an indented `case` block. Decided by a trial parse.
    fn is_match_statement(&mut self) -> bool {
        self.trial(|p| {
            p.bump();
            p.star_expressions().is_ok()
                && p.at_op(":")
                && *p.peek_at(1) == Tok::Newline
                && *p.peek_at(2) == Tok::Indent
                && matches!(p.peek_at(3), Tok::Name(n) if n == "case")
        })
    }

    fn simple_statements(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let at = self.span();
            let kind = self.simple_statement()?;
            out.push(Stmt { kind, span: at });
            if !self.eat_op(";") || self.at(&Tok::Newline) {
                break;
            }
        }
        if !matches!(self.peek(), Tok::Newline) {
            return Err(self.unexpected());
        }
        self.bump();
        Ok(())
    }

    fn simple_statement(&mut self) -> PResult<StmtKind> {
        let at = self.span();
        let kind = match self.peek() {
            Tok::Kw("pass") => StmtKind::Pass,
            Tok::Kw("break") => {
                if self.loops == 0 {
                    self.defer("'break' outside loop", at);
                }
                StmtKind::Break
            }
            Tok::Kw("continue") => {
                if self.loops == 0 {
                    self.defer("'continue' not properly in loop", at);
                }
                StmtKind::Continue
            }
            Tok::Kw("return") => {
                self.bump();
                if self.scope != Scope::Function {
                    self.defer("'return' outside function", at);
                }
                let value = if self.starts_expression() {
                    Some(self.star_expressions()?)
                } else {
                    None
                };
                return Ok(StmtKind::Return(value));
            }
            Tok::Kw("raise") => {
                self.bump();
                let mut exc = None;
                let mut cause = None;
                if self.starts_expression() {
                    exc = Some(self.test()?);
                    if self.eat_kw("from") {
                        cause = Some(self.test()?);
                    }
                }
                return Ok(StmtKind::Raise { exc, cause });
            }
            Tok::Kw("global") => {
                self.bump();
                return Ok(StmtKind::Global(self.names()?));
            }
            Tok::Kw("nonlocal") => {
                self.bump();
                if self.scope == Scope::Module {
                    self.defer_symtable("nonlocal declaration not allowed at module level", at);
                }
                return Ok(StmtKind::Nonlocal(self.names()?));
            }
            Tok::Kw("del") => return self.del_stmt(),
            Tok::Kw("assert") => {
                self.bump();
                let test = self.test()?;
                let msg = if self.eat_op(",") {
                    Some(self.test()?)
                } else {
                    None
                };
                return Ok(StmtKind::Assert { test, msg });
            }
            Tok::Kw("import") => return self.import_stmt(),
            Tok::Kw("from") => return self.import_from_stmt(),
            _ => return self.expression_statement(),
        };
        self.bump();
        Ok(kind)
    }

    /// `name (',' name)*` for `global` and `nonlocal`.
    fn names(&mut self) -> PResult<Vec<String>> {
        let mut names = vec![self.expect_name()?];
        while self.eat_op(",") {
            names.push(self.expect_name()?);
        }
        Ok(names)
    }

    fn del_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut targets = Vec::new();
        loop {
            let target = self.target()?;
            if let Some(bad) = invalid_target(&target, true) {
                return Err(syntax_error(
                    format!("cannot delete {}", describe(bad)),
                    bad.span,
                ));
            }
            targets.push(target);
            if !self.eat_op(",") || !self.starts_expression() {
                break;
            }
        }
        Ok(StmtKind::Delete(targets))
    }

    fn import_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let module = self.dotted_name()?;
            let alias = if self.eat_kw("as") {
                Some(self.expect_name()?)
            } else {
                None
            };
            names.push((module, alias));
            if !self.eat_op(",") {
                return Ok(StmtKind::Import(names));
            }
        }
    }

    fn import_from_stmt(&mut self) -> PResult<StmtKind> {
        let at = self.bump();
        if self.at_op(".") || self.at_op("...") {
            return Err(unsupported("relative import", at));
        }
        let module = self.dotted_name()?;
        self.expect_kw("import")?;
        if self.at_op("*") {
            return Err(unsupported("'from ... import *'", at));
        }
        let parenthesized = self.eat_op("(");
        let mut names = Vec::new();
        loop {
            let name = self.expect_name()?;
            let alias = if self.eat_kw("as") {
                Some(self.expect_name()?)
            } else {
                None
            };
            names.push((name, alias));
            if !self.eat_op(",") || (parenthesized && self.at_op(")")) {
                break;
            }
        }
        if parenthesized {
            self.expect_op(")")?;
        }
        Ok(StmtKind::ImportFrom { module, names })
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.expect_name()?;
        while self.eat_op(".") {
            name.push('.');
            name += &self.expect_name()?;
        }
        Ok(name)
    }

    /// Expression statements and the three kinds of assignment.
    fn expression_statement(&mut self) -> PResult<StmtKind> {
        let first = self.assignment_part()?;
        if self.at_op("=") {
            let mut exprs = vec![first];
            while self.eat_op("=") {
                exprs.push(self.assignment_part()?);
            }
            let value = exprs.pop().expect("an assignment has a value");
            let single = exprs.len() == 1;
            for target in &exprs {
                check_assign_target(target, single && !is_yield(&value))?;
            }
            return Ok(StmtKind::Assign {
                targets: exprs,
                value,
            });
        }
        if let Tok::Op(op) = self.peek() {
            if let Some(op) = super::expr::augmented_op(op) {
                if !matches!(
                    first.kind,
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                ) {
                    let message = format!(
                        "'{}' is an illegal expression for augmented assignment",
                        describe(&first)
                    );
                    return Err(syntax_error(message, first.span));
                }
                self.bump();
                let value = self.star_expressions_or_yield()?;
                return Ok(StmtKind::AugAssign {
                    target: first,
                    op,
                    value,
                });
            }
        }
        if self.at_op(":") {
            match first.kind {
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                ExprKind::Tuple(_) => {
                    return Err(syntax_error(
                        "only single target (not tuple) can be annotated",
                        first.span,
                    ))
                }
                _ => return Err(syntax_error("illegal target for annotation", first.span)),
            }
            self.bump();
            let annotation = self.test()?;
            let value = if self.eat_op("=") {
                Some(self.star_expressions_or_yield()?)
            } else {
                None
            };
            return Ok(StmtKind::AnnAssign {
                target: first,
                annotation,
                value,
            });
        }
        Ok(StmtKind::Expr(first))
    }

    /// One side of an `=`; an unparenthesized `yield` can only be the last one.
    fn assignment_part(&mut self) -> PResult<Expr> {
        let bare_yield = self.at_kw("yield");
        let part = self.star_expressions_or_yield()?;
        if matches!(part.kind, ExprKind::Starred(_)) && self.at_op("=") {
            return Err(syntax_error(
                "starred assignment target must be in a list or tuple",
                part.span,
            ));
        }
        if bare_yield && self.at_op("=") {
            return Err(syntax_error(
                "assignment to yield expression not possible",
                part.span,
            ));
        }
        Ok(part)
    }

    fn star_expressions_or_yield(&mut self) -> PResult<Expr> {
        if self.at_kw("yield") {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    // ---- Compound statements ------------------------------------------------------

    /// Expects the `:` ending a compound statement's header.
    fn colon(&mut self) -> PResult<()> {
        match self.peek() {
            Tok::Op(":") => {
                self.bump();
                Ok(())
            }
            Tok::Newline => Err(syntax_error("expected ':'", self.span())),
            _ => Err(self.unexpected()),
        }
    }

    /// A block after `:`: an indented suite, or simple statements on the same line.
    /// `what` names the header for "expected an indented block after ...".
    fn block(&mut self, what: &str, header: Span) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.at(&Tok::Newline) {
            self.simple_statements(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if !self.at(&Tok::Indent) {
            if let Tok::Error(e) = self.peek() {
                return Err(e.clone());
            }
            let message = format!(
                "expected an indented block after {what} on line {}",
                header.line
            );
            return Err(error(ParseErrorKind::Indentation, message, self.span()));
        }
        self.bump();
        if self.blocks >= MAX_BLOCK_DEPTH || self.depth >= MAX_NESTING {
            return Err(syntax_error("too many statically nested blocks", header));
        }
        self.blocks += 1;
        self.depth += 1;
        while !self.at(&Tok::Dedent) {
            self.statement(&mut body)?;
        }
        self.bump();
        self.blocks -= 1;
        self.depth -= 1;
        Ok(body)
    }

    /// `if` with its `elif`s (each an `If` nested in the `orelse` of the previous one),
    /// parsed in a loop so that long `elif` chains do not recurse.
    fn if_stmt(&mut self) -> PResult<StmtKind> {
        let mut clauses = Vec::new();
        loop {
            let header = self.span();
            let what = if self.at_kw("if") {
                "'if' statement"
            } else {
                "'elif' statement"
            };
            self.bump();
            let test = self.named_expression()?;
            self.colon()?;
            let body = self.block(what, header)?;
            clauses.push((test, body, header));
            if !self.at_kw("elif") {
                break;
            }
            self.link()?;
        }
        self.chain -= clauses.len() as u32 - 1;
        let mut orelse = self.else_block()?;
        let (test, body, _) = clauses.remove(0);
        for (test, body, span) in clauses.into_iter().rev() {
            orelse = vec![Stmt {
                kind: StmtKind::If { test, body, orelse },
                span,
            }];
        }
        Ok(StmtKind::If { test, body, orelse })
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let header = self.span();
        if !self.eat_kw("else") {
            return Ok(Vec::new());
        }
        self.colon()?;
        self.block("'else' statement", header)
    }

    /// A loop body: `break` and `continue` are allowed inside it (not in its `else`).
    fn loop_body(&mut self, what: &str, header: Span) -> PResult<Vec<Stmt>> {
        self.loops += 1;
        let body = self.block(what, header);
        self.loops -= 1;
        body
    }

    fn while_stmt(&mut self) -> PResult<StmtKind> {
        let header = self.bump();
        let test = self.named_expression()?;
        self.colon()?;
        let body = self.loop_body("'while' statement", header)?;
        let orelse = self.else_block()?;
        Ok(StmtKind::While { test, body, orelse })
    }

    fn for_stmt(&mut self) -> PResult<StmtKind> {
        let header = self.bump();
        let target = self.target_list()?;
        check_target(&target)?;
        self.expect_kw("in")?;
        let iter = self.star_expressions()?;
        self.colon()?;
        let body = self.loop_body("'for' statement", header)?;
        let orelse = self.else_block()?;
        Ok(StmtKind::For {
            target,
            iter,
            body,
            orelse,
        })
    }

    fn try_stmt(&mut self) -> PResult<StmtKind> {
        let header = self.bump();
        self.colon()?;
        let body = self.block("'try' statement", header)?;
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        let mut bare_handler = None;
        while self.at_kw("except") {
            let at = self.bump();
            if self.at_op("*") {
                return Err(unsupported("'except*'", at));
            }
            if let Some(bare) = bare_handler {
                self.defer("default 'except:' must be last", bare);
            }
            let mut typ = None;
            let mut name = None;
            if !self.at_op(":") {
                let t = self.test()?;
                if self.at_op(",") {
                    return Err(syntax_error(
                        "multiple exception types must be parenthesized",
                        t.span,
                    ));
                }
                typ = Some(t);
                if self.eat_kw("as") {
                    name = Some(self.expect_name()?);
                }
            }
            self.colon()?;
            let body = self.block("'except' statement", at)?;
            if typ.is_none() {
                bare_handler = Some(at);
            }
            handlers.push(ExceptHandler {
                typ,
                name,
                body,
                span: at,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let mut finalbody = Vec::new();
        let finally_at = self.span();
        if self.eat_kw("finally") {
            self.colon()?;
            finalbody = self.block("'finally' statement", finally_at)?;
        } else if handlers.is_empty() {
            return Err(syntax_error(
                "expected 'except' or 'finally' block",
                self.span(),
            ));
        }
        Ok(StmtKind::Try(Box::new(Try {
            body,
            handlers,
            orelse,
            finalbody,
        })))
    }

    fn decorated(&mut self) -> PResult<StmtKind> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.named_expression()?);
            if !self.at(&Tok::Newline) {
                return Err(self.unexpected());
            }
            self.bump();
        }
        match self.peek() {
            Tok::Kw("def" | "class") => self.definition(decorators),
            Tok::Kw("async") => Err(unsupported("'async def'", self.span())),
            _ => Err(self.unexpected()),
        }
    }

    /// `def` or `class`, with the decorators already parsed.
    fn definition(&mut self, decorators: Vec<Expr>) -> PResult<StmtKind> {
        let header = self.span();
        let is_def = self.at_kw("def");
        self.bump();
        let name = self.expect_name()?;
        if is_def {
            if !self.at_op("(") {
                return Err(syntax_error("expected '('", self.span()));
            }
            self.bump();
            self.brackets += 1;
            let params = self.params(false)?;
            self.expect_op(")")?;
            self.brackets -= 1;
            let returns = if self.eat_op("->") {
                Some(self.test()?)
            } else {
                None
            };
            self.colon()?;
            let body = self.scoped_block(Scope::Function, "function definition", header)?;
            let def = FunctionDef {
                name,
                params,
                body,
                decorators,
                returns,
            };
            return Ok(StmtKind::FunctionDef(Box::new(def)));
        }
        let mut bases = Vec::new();
        if self.at_op("(") {
            let at = self.bump();
            let (args, keywords) = self.call_arguments()?;
            if !keywords.is_empty() {
                return Err(unsupported("class keyword argument (like metaclass=)", at));
            }
            for arg in args {
                match arg {
                    super::ast::Arg::Positional(e) => bases.push(e),
                    super::ast::Arg::Star(e) => {
                        return Err(unsupported("'*' in class bases", e.span))
                    }
                }
            }
        }
        self.colon()?;
        let body = self.scoped_block(Scope::Class, "class definition", header)?;
        Ok(StmtKind::ClassDef(Box::new(ClassDef {
            name,
            bases,
            body,
            decorators,
        })))
    }

    /// The body of a `def` or `class`, which starts a new scope without loops.
    fn scoped_block(&mut self, scope: Scope, what: &str, header: Span) -> PResult<Vec<Stmt>> {
        let saved = (self.scope, self.loops);
        (self.scope, self.loops) = (scope, 0);
        let body = self.block(what, header);
        (self.scope, self.loops) = saved;
        body
    }
}

pub(super) fn unsupported(what: &str, at: Span) -> ParseError {
    error(
        ParseErrorKind::Unsupported,
        format!("{what} is not supported by Krait"),
        at,
    )
}

fn is_yield(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
}

/// The sub-expression that makes `e` invalid as an assignment (or `del`) target.
pub(super) fn invalid_target(e: &Expr, delete: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred(inner) if !delete => invalid_target(inner, delete),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            elts.iter().find_map(|elt| invalid_target(elt, delete))
        }
        _ => Some(e),
    }
}

/// Checks a `for` or comprehension target.
pub(super) fn check_target(target: &Expr) -> PResult<()> {
    match invalid_target(target, false) {
        Some(bad) => Err(syntax_error(
            format!("cannot assign to {}", describe(bad)),
            bad.span,
        )),
        None => Ok(()),
    }
}

/// Checks an `=` target. With a single `=`, CPython suspects a mistyped `==` when the
/// whole target is an operand-like expression, and says so.
fn check_assign_target(target: &Expr, single: bool) -> PResult<()> {
    let Some(bad) = invalid_target(target, false) else {
        return Ok(());
    };
    let operand_like = !matches!(
        bad.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: super::ast::UnaryOp::Not,
                ..
            }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    );
    let mut message = format!("cannot assign to {}", describe(bad));
    if single && operand_like && std::ptr::eq(bad, target) {
        message += " here. Maybe you meant '==' instead of '='?";
    }
    Err(syntax_error(message, bad.span))
}

/// How CPython names an expression in "cannot assign to ..." messages.
pub(super) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::None => "None",
        ExprKind::Bool(true) => "True",
        ExprKind::Bool(false) => "False",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Float(_) | ExprKind::Str(_) => "literal",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ParseErrorKind::{Indentation, Syntax, Unsupported};

    /// An error's exception class, message and line.
    type Verdict = (ParseErrorKind, &'static str, u32);

    /// (source, CPython 3.11's verdict: `None` if it compiles, else the exception
    /// class, message and line). Generated by running each source through `python3`.
    #[rustfmt::skip]
    const CPYTHON_VERDICTS: &[(&[u8], Option<Verdict>)] = &[
        (b"return 1", Some((Syntax, "'return' outside function", 1))),
        (b"break", Some((Syntax, "'break' outside loop", 1))),
        (b"continue", Some((Syntax, "'continue' not properly in loop", 1))),
        (b"yield 1", Some((Syntax, "'yield' outside function", 1))),
        (b"nonlocal x", Some((Syntax, "nonlocal declaration not allowed at module level", 1))),
        (b"1 = x", Some((Syntax, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1))),
        (b"f() = 1", Some((Syntax, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1))),
        (b"del 1", Some((Syntax, "cannot delete literal", 1))),
        (b"x = = 1", Some((Syntax, "invalid syntax", 1))),
        (b"if x\n  pass", Some((Syntax, "expected ':'", 1))),
        (b"x = (1,\ny = 2", Some((Syntax, "'(' was never closed", 1))),
        (b"x = )", Some((Syntax, "unmatched ')'", 1))),
        (b"x = (1]", Some((Syntax, "closing parenthesis ']' does not match opening parenthesis '('", 1))),
        (b"s = \"abc", Some((Syntax, "unterminated string literal (detected at line 1)", 1))),
        (b"s = \"\"\"abc\n\n", Some((Syntax, "unterminated triple-quoted string literal (detected at line 2)", 1))),
        (b"if x:\npass", Some((Indentation, "expected an indented block after 'if' statement on line 1", 2))),
        (b"for x in y:\nz", Some((Indentation, "expected an indented block after 'for' statement on line 1", 2))),
        (b"while 1:\n\n", Some((Indentation, "expected an indented block after 'while' statement on line 1", 2))),
        (b"def f():\nx", Some((Indentation, "expected an indented block after function definition on line 1", 2))),
        (b"class C:\nx", Some((Indentation, "expected an indented block after class definition on line 1", 2))),
        (b"try:\nx", Some((Indentation, "expected an indented block after 'try' statement on line 1", 2))),
        (b"try:\n  x\nexcept:\nx", Some((Indentation, "expected an indented block after 'except' statement on line 3", 4))),
        (b"try:\n  x\nfinally:\nx", Some((Indentation, "expected an indented block after 'finally' statement on line 3", 4))),
        (b"if 1:\n  x\nelse:\nx", Some((Indentation, "expected an indented block after 'else' statement on line 3", 4))),
        (b"if 1:\n  x\nelif 2:\nx", Some((Indentation, "expected an indented block after 'elif' statement on line 3", 4))),
        (b" x = 1", Some((Indentation, "unexpected indent", 1))),
        (b"if 1:\n    x\n  y", Some((Indentation, "unindent does not match any outer indentation level", 3))),
        (b"x = 1a", Some((Syntax, "invalid decimal literal", 1))),
        (b"x = 012", Some((Syntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1))),
        (b"f(a=1, 2)", Some((Syntax, "positional argument follows keyword argument", 1))),
        (b"def f(a=1, b): pass", Some((Syntax, "non-default argument follows default argument", 1))),
        (b"def f(a, a): pass", Some((Syntax, "duplicate argument 'a' in function definition", 1))),
        (b"f\"{}\"", Some((Syntax, "f-string: empty expression not allowed", 1))),
        (b"f\"{x\"", Some((Syntax, "f-string: expecting '}'", 1))),
        (b"print \"hi\"", Some((Syntax, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1))),
        (b"f(a b)", Some((Syntax, "invalid syntax. Perhaps you forgot a comma?", 1))),
        (b"x = (", Some((Syntax, "'(' was never closed", 1))),
        (b"x = [1, 2", Some((Syntax, "'[' was never closed", 1))),
        (b"x = ((((", Some((Syntax, "'(' was never closed", 1))),
        (b"foo(1,\n2", Some((Syntax, "'(' was never closed", 1))),
        (b"x = 1\n  y = 2", Some((Indentation, "unexpected indent", 2))),
        (b"x = 1 = 2", Some((Syntax, "cannot assign to literal", 1))),
        (b"x = f() = 2", Some((Syntax, "cannot assign to function call", 1))),
        (b"(a, 1) = 3", Some((Syntax, "cannot assign to literal", 1))),
        (b"[a, b()] = 3", Some((Syntax, "cannot assign to function call", 1))),
        (b"a + 1 = 2", Some((Syntax, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1))),
        (b"x += 1 = 2", Some((Syntax, "invalid syntax", 1))),
        (b"1 += 2", Some((Syntax, "'literal' is an illegal expression for augmented assignment", 1))),
        (b"del f()", Some((Syntax, "cannot delete function call", 1))),
        (b"del (a, 1)", Some((Syntax, "cannot delete literal", 1))),
        (b"a, b += 1", Some((Syntax, "'tuple' is an illegal expression for augmented assignment", 1))),
        (b"x = 1_", Some((Syntax, "invalid decimal literal", 1))),
        (b"x = 1__0", Some((Syntax, "invalid decimal literal", 1))),
        (b"x = 0x_1", None),
        (b"x = 0b2", Some((Syntax, "invalid digit '2' in binary literal", 1))),
        (b"x = 0o8", Some((Syntax, "invalid digit '8' in octal literal", 1))),
        (b"x = 1e", Some((Syntax, "invalid decimal literal", 1))),
        (b"x = 1.e5", None),
        (b"x = 0x\nx = \"\\x4\"", Some((Syntax, "invalid hexadecimal literal", 1))),
        (b"x = \"\\u12\"", Some((Syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1))),
        (b"x = \"\\U00110000\"", Some((Syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1))),
        (b"if x y:\n pass", Some((Syntax, "invalid syntax", 1))),
        (b"x = $", Some((Syntax, "invalid syntax", 1))),
        (b"x = \xe2\x82\xac", Some((Syntax, "invalid character '€' (U+20AC)", 1))),
        (b"x = 1 \\ 2", Some((Syntax, "unexpected character after line continuation character", 1))),
        (b"f\"{x!z}\"", Some((Syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1))),
        (b"f\"{x!}\"", Some((Syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1))),
        (b"f\"{x}}\"", Some((Syntax, "f-string: single '}' is not allowed", 1))),
        (b"f\"{a[\"b\"]}\"", Some((Syntax, "f-string: unmatched '['", 1))),
        (b"f\"{#}\"", Some((Syntax, "f-string expression part cannot include '#'", 1))),
        (b"f\"{\\n}\"", Some((Syntax, "f-string expression part cannot include a backslash", 1))),
        (b"f\"{x:{y:{z}}}\"", Some((Syntax, "f-string: expressions nested too deeply", 1))),
        (b"x = (1,\n2]", Some((Syntax, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2))),
        (b"if 1:\n    x\n        y", Some((Indentation, "unexpected indent", 3))),
        (b"def f(*): pass", Some((Syntax, "named arguments must follow bare *", 1))),
        (b"def f(**k, a): pass", Some((Syntax, "arguments cannot follow var-keyword argument", 1))),
        (b"f(**k, *a)", Some((Syntax, "iterable argument unpacking follows keyword argument unpacking", 1))),
        (b"f(**k, a)", Some((Syntax, "positional argument follows keyword argument unpacking", 1))),
        (b"f(x for x in y, 1)", Some((Syntax, "Generator expression must be parenthesized", 1))),
        (b"f(a.b=1)", Some((Syntax, "expression cannot contain assignment, perhaps you meant \"==\"?", 1))),
        (b"a b", Some((Syntax, "invalid syntax", 1))),
        (b"x = -", Some((Syntax, "invalid syntax", 1))),
        (b"class C:\n  return 1", Some((Syntax, "'return' outside function", 2))),
        (b"def f():\n  class C:\n    yield 1", Some((Syntax, "'yield' outside function", 3))),
        (b"for x in y: pass\nelse: break", Some((Syntax, "'break' outside loop", 2))),
        (b"lambda: (yield)", None),
        (b"def f(a, a): pass\nx = (", Some((Syntax, "'(' was never closed", 2))),
        (b"return 1\nnonlocal x", Some((Syntax, "nonlocal declaration not allowed at module level", 2))),
        (b"try:\n  x\nexcept A, B:\n  pass", Some((Syntax, "multiple exception types must be parenthesized", 3))),
        (b"try:\n  x\nx = 1", Some((Syntax, "expected 'except' or 'finally' block", 3))),
        (b"try:\n  x\nelse:\n  y", Some((Syntax, "expected 'except' or 'finally' block", 3))),
        (b"x = 1\n    y = 2", Some((Indentation, "unexpected indent", 2))),
        (b"if 1:\n  x\n y", Some((Indentation, "unindent does not match any outer indentation level", 3))),
        (b"True = 1", Some((Syntax, "cannot assign to True", 1))),
        (b"x, None = 1, 2", Some((Syntax, "cannot assign to None", 1))),
        (b"del x + 1", Some((Syntax, "cannot delete expression", 1))),
        (b"for 1 in x: pass", Some((Syntax, "cannot assign to literal", 1))),
        (b"[x for 1 in y]", Some((Syntax, "cannot assign to literal", 1))),
        (b"f() += 1", Some((Syntax, "'function call' is an illegal expression for augmented assignment", 1))),
        (b"x.y: int = 1", None),
        (b"(x): int = 1", None),
        (b"x, y: int", Some((Syntax, "only single target (not tuple) can be annotated", 1))),
        (b"1: int", Some((Syntax, "illegal target for annotation", 1))),
        (b"f(a, b for b in c)", Some((Syntax, "Generator expression must be parenthesized", 1))),
        (b"x = [1 2]", Some((Syntax, "invalid syntax. Perhaps you forgot a comma?", 1))),
        (b"x = {1: 2 3: 4}", Some((Syntax, "invalid syntax. Perhaps you forgot a comma?", 1))),
        (b"foo(a, b c)", Some((Syntax, "invalid syntax. Perhaps you forgot a comma?", 1))),
        (b"x = print \"a\"", Some((Syntax, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1))),
        (b"import a.b as c, d", None),
        (b"from a.b import (c as d, e,)", None),
        (b"global x, y", None),
        (b"a[1:2, ::3, *b]", None),
        (b"def f():\n    return\nx = f(*a, b, *c, d=1, **e, f=2)\n", None),
        (b"f\"{a b}\"", Some((Syntax, "f-string: invalid syntax. Perhaps you forgot a comma?", 1))),
        (b"f\"{x:{y:{z}}}\"", Some((Syntax, "f-string: expressions nested too deeply", 1))),
        (b"f\"{x!r=}\"", Some((Syntax, "f-string: expecting '}'", 1))),
        (b"f\"{(}\"", Some((Syntax, "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1))),
        (b"f\"{)}\"", Some((Syntax, "f-string: unmatched ')'", 1))),
        (b"f\"{x:{{}}\"", Some((Syntax, "f-string: expecting '}'", 1))),
        (b"f\"{yield}\"", Some((Syntax, "'yield' outside function", 1))),
        (b"f\"{*x}\"", Some((Syntax, "f-string: cannot use starred expression here", 1))),
        (b"x = f\"\"\"\n{a +\n 1 +}\n\"\"\"", Some((Syntax, "f-string: invalid syntax", 3))),
        (b"-2 = 1", Some((Syntax, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1))),
        (b"... = 1", Some((Syntax, "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1))),
        (b"a < b = 1", Some((Syntax, "cannot assign to comparison", 1))),
        (b"x = (yield) = 1", Some((Syntax, "cannot assign to yield expression", 1))),
        (b"def f(x, *, y=1, z): pass", None),
        (b"f(x for x in y,)", Some((Syntax, "Generator expression must be parenthesized", 1))),
        (b"import a.", Some((Syntax, "invalid syntax", 1))),
        (b"def f():\n    x = 1\n    del x, (y, z.a)", None),
        (b"try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", Some((Syntax, "default 'except:' must be last", 3))),
        (b"x = 1\0\n", Some((Syntax, "source code cannot contain null bytes", 1))),
        (b"x = '\xff'", Some((Syntax, "Non-UTF-8 code starting with '\\xff' in file t.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details", 1))),
        (b"print 1", Some((Syntax, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1))),
        (b"exec 'x'", Some((Syntax, "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1))),
        (b"x = (1,\n2]", Some((Syntax, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2))),
        (b"f'{x!z}'", Some((Syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1))),
        (b"a = 1 +", Some((Syntax, "invalid syntax", 1))),
        (b"if True:\n    x = 1\n   y = 2\n", Some((Indentation, "unindent does not match any outer indentation level", 3))),
        (b"def f():\n    return\n  x", Some((Indentation, "unindent does not match any outer indentation level", 3))),
        (b"for x in range(3):\n    pass\nelse:\n    continue", Some((Syntax, "'continue' not properly in loop", 4))),
        (b"x = [1, 2,, 3]", Some((Syntax, "invalid syntax", 1))),
        (b"class C:\n    def f(self):\n        yield\n    yield", Some((Syntax, "'yield' outside function", 4))),
        (b"@dec\nx = 1", Some((Syntax, "invalid syntax", 2))),
        (b"lambda: return", Some((Syntax, "invalid syntax", 1))),
        (b"x = 1 if 2", Some((Syntax, "expected 'else' after 'if' expression", 1))),
        (b"import *", Some((Syntax, "invalid syntax", 1))),
        (b"f(**)", Some((Syntax, "invalid syntax", 1))),
        (b"def f(*, **k): pass", Some((Syntax, "named arguments must follow bare *", 1))),
        (b"x = {1: 2, 3}", Some((Syntax, "':' expected after dictionary key", 1))),
        (b"x = 0777", Some((Syntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1))),
        (b"x = 1.2.3", Some((Syntax, "invalid syntax", 1))),
        (b"'''abc", Some((Syntax, "unterminated triple-quoted string literal (detected at line 1)", 1))),
        (b"'abc\\\n", Some((Syntax, "unterminated string literal (detected at line 1)", 1))),
        (b"while True:\n    break\n    continue\n", None),
        (b"del *x", Some((Syntax, "cannot delete starred", 1))),
        (b"def f(a, b=1, *c, d, e=2, **f): pass\ndef f(x, x=1): pass", Some((Syntax, "duplicate argument 'x' in function definition", 2))),
        (b"for x in 1, 2,: pass", None),
        (b"x = yield = 1", Some((Syntax, "assignment to yield expression not possible", 1))),
    ];

    #[test]
    fn errors_match_cpython() {
        for &(source, expected) in CPYTHON_VERDICTS {
            let got = parse(source, "t.py")
                .err()
                .map(|e| (e.kind, e.message, e.line));
            let expected = expected.map(|(kind, message, line)| (kind, message.to_string(), line));
            assert_eq!(got, expected, "for {:?}", String::from_utf8_lossy(source));
        }
    }

    #[test]
    fn error_columns_match_cpython() {
        // CPython's 1-based offsets, minus one.
        for (source, col) in [
            ("x = = 1", 4),
            ("if x\n  pass", 4),
            ("x = (1]", 6),
            ("del (a, 1)", 8),
            ("f(a b)", 2),
            ("def f(a, a): pass", 9),
            ("x = {1: 2 3: 4}", 8),
            ("x = 1\n    y = 2", 3),
            ("if 1:\n    x\n  y", 3),
            ("x = 012", 4),
        ] {
            let e = parse(source.as_bytes(), "t.py").unwrap_err();
            assert_eq!(e.col, col, "for {source:?}: {e:?}");
        }
    }

    #[test]
    fn unsupported_constructs_are_named() {
        for (source, what, line) in [
            ("async def f(): pass", "'async def'", 1),
            ("x = 1\nwith open(f) as g: pass", "'with' statement", 2),
            ("match x:\n    case 1: pass", "'match' statement", 1),
            ("if (n := 10) > 5: pass", "assignment expression (':=')", 1),
            ("x = b'abc'", "bytes literal", 1),
            ("x = 1j", "complex literal", 1),
            ("try:\n    pass\nexcept* E:\n    pass", "'except*'", 3),
            ("from . import x", "relative import", 1),
            ("from m import *", "'from ... import *'", 1),
            (
                "class C(metaclass=M): pass",
                "class keyword argument (like metaclass=)",
                1,
            ),
            (
                "def f(a, /, b): pass",
                "positional-only parameter marker ('/')",
                1,
            ),
            ("def f():\n    await x", "'await'", 2),
        ] {
            let e = parse(source.as_bytes(), "t.py").unwrap_err();
            assert_eq!(e.kind, Unsupported, "for {source:?}");
            assert_eq!(e.message, format!("{what} is not supported by Krait"));
            assert_eq!(e.line, line, "for {source:?}");
        }
        // `match` is a soft keyword.
        assert!(parse(
            b"match = 3\nmatch(x)\nmatch[1]: int = 2\nmatch.y = 1\n",
            "t.py"
        )
        .is_ok());
    }

    fn stmts(source: &str) -> Vec<StmtKind> {
        let module = parse(source.as_bytes(), "t.py").unwrap_or_else(|e| panic!("{e:?}"));
        module.body.into_iter().map(|s| s.kind).collect()
    }

    fn name(n: &str) -> ExprKind {
        ExprKind::Name(n.to_string())
    }

    #[test]
    fn every_statement_form_parses() {
        let source = "\
x = y = 1
x += 1; x //= 2; x **= 3; x >>= 1; x @= m
x: int = 1
y: list
if a: pass
elif b: pass
else: pass
while x:
    break
else:
    pass
for k, v in d.items():
    continue
def f(a, b=1, *args, c, d=2, **kw) -> int:
    global g
    def h():
        nonlocal a
    return a, b
@dec
class C(B):
    def m(self): yield from x
del x[0], y.z
assert x, 'msg'
raise E('m') from e
try:
    pass
except (A, B) as e:
    pass
except:
    raise
else:
    pass
finally:
    pass
import a.b as c, d
from m import (x as y, z,)
";
        let kinds = stmts(source);
        let tags: Vec<&str> = kinds
            .iter()
            .map(|k| match k {
                StmtKind::Assign { .. } => "assign",
                StmtKind::AugAssign { .. } => "aug",
                StmtKind::AnnAssign { .. } => "ann",
                StmtKind::If { .. } => "if",
                StmtKind::While { .. } => "while",
                StmtKind::For { .. } => "for",
                StmtKind::FunctionDef(_) => "def",
                StmtKind::ClassDef(_) => "class",
                StmtKind::Delete(_) => "del",
                StmtKind::Assert { .. } => "assert",
                StmtKind::Raise { .. } => "raise",
                StmtKind::Try(_) => "try",
                StmtKind::Import(_) => "import",
                StmtKind::ImportFrom { .. } => "from",
                _ => "other",
            })
            .collect();
        let expected =
            "assign aug aug aug aug aug ann ann if while for def class del assert raise \
                        try import from";
        assert_eq!(tags.join(" "), expected);
        let StmtKind::FunctionDef(f) = &kinds[11] else {
            unreachable!()
        };
        assert_eq!(f.params.positional.len(), 2);
        assert_eq!(f.params.vararg.as_deref(), Some("args"));
        assert_eq!(
            f.params
                .kwonly
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>(),
            ["c", "d"]
        );
        assert_eq!(f.params.kwarg.as_deref(), Some("kw"));
        let StmtKind::ClassDef(c) = &kinds[12] else {
            unreachable!()
        };
        assert_eq!((c.decorators.len(), c.bases.len()), (1, 1));
        let StmtKind::If { orelse, .. } = &kinds[8] else {
            unreachable!()
        };
        assert!(
            matches!(&orelse[0].kind, StmtKind::If { orelse, .. } if matches!(orelse[0].kind, StmtKind::Pass))
        );
        assert_eq!(
            kinds[18],
            StmtKind::ImportFrom {
                module: "m".into(),
                names: vec![("x".into(), Some("y".into())), ("z".into(), None)]
            }
        );
    }

    #[test]
    fn assignment_chains_and_unpacking() {
        let kinds = stmts("a, *b = c = 1, 2\nx = 1,\n");
        let StmtKind::Assign { targets, value } = &kinds[0] else {
            unreachable!()
        };
        assert_eq!(targets.len(), 2);
        assert!(
            matches!(&targets[0].kind, ExprKind::Tuple(t) if matches!(t[1].kind, ExprKind::Starred(_)))
        );
        assert!(matches!(&value.kind, ExprKind::Tuple(t) if t.len() == 2));
        let StmtKind::Assign { value, .. } = &kinds[1] else {
            unreachable!()
        };
        assert!(matches!(&value.kind, ExprKind::Tuple(t) if t.len() == 1));
    }

    #[test]
    fn spans_point_at_statements_and_expressions() {
        let module = parse(b"x = 1\n\nif y:\n    z = (a +\n         b)\n", "t.py").unwrap();
        assert_eq!(module.body[0].span, Span { line: 1, col: 0 });
        assert_eq!(module.body[1].span, Span { line: 3, col: 0 });
        let StmtKind::If { body, .. } = &module.body[1].kind else {
            unreachable!()
        };
        assert_eq!(body[0].span, Span { line: 4, col: 4 });
        let StmtKind::Assign { value, .. } = &body[0].kind else {
            unreachable!()
        };
        let ExprKind::BinOp { right, .. } = &value.kind else {
            unreachable!()
        };
        assert_eq!(
            (value.span, right.span),
            (Span { line: 4, col: 9 }, Span { line: 5, col: 9 })
        );
        assert_eq!(right.kind, name("b"));
    }

    #[test]
    fn deferred_errors_wait_for_the_whole_parse() {
        // A later syntax error wins over an earlier compile-time error, as in CPython.
        let e = parse(b"return 1\nx = (", "t.py").unwrap_err();
        assert_eq!(e.message, "'(' was never closed");
        let e = parse(b"def f():\n    class C:\n        return 1\n", "t.py").unwrap_err();
        assert_eq!(
            (e.message.as_str(), e.line),
            ("'return' outside function", 3)
        );
        assert!(parse(b"while x:\n    def f():\n        pass\n    break\n", "t.py").is_ok());
        let e = parse(b"while x:\n    def f():\n        break\n", "t.py").unwrap_err();
        assert_eq!(e.message, "'break' outside loop");
    }
}
