//! The abstract syntax tree: what the parser produces and the compiler consumes.
//!
//! It covers the whole language of `LANGUAGE.md` (Tier 1 and Tier 2). Constructs that
//! are outside the subset never reach the AST: the parser rejects them with a
//! [`super::ParseError`] naming the construct and the line.

use num_bigint::BigInt;

/// A position in the source: 1-based line, 0-based column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Span {
    pub line: u32,
    pub col: u32,
}

/// A whole source file.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect.
    Expr(Expr),
    /// `t1 = t2 = value`: one or more targets, assigned left to right.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`; target is a Name, Attribute or Subscript.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `x: int = 1` — annotation is evaluated only for validity, never stored.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    /// `del a, b[i], c.x`
    Delete(Vec<Expr>),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    /// `assert test, msg`
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    /// `raise`, `raise exc`, `raise exc from cause`
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try(Box<Try>),
    /// `import a, b as c`: (module name, alias)
    Import(Vec<(String, Option<String>)>),
    /// `from module import a, b as c`: names with optional alias; `*` is rejected by the parser.
    ImportFrom {
        module: String,
        names: Vec<(String, Option<String>)>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: String,
    pub params: Params,
    pub body: Vec<Stmt>,
    /// Decorator expressions, outermost first (as written top to bottom).
    pub decorators: Vec<Expr>,
    /// Annotations are parsed and dropped; `returns` is kept only so it parses.
    pub returns: Option<Expr>,
}

/// A parameter list: `def f(a, b=1, *args, c, d=2, **kwargs)`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Params {
    /// Positional-or-keyword parameters, in order.
    pub positional: Vec<Param>,
    /// `*args` (or `None`; a bare `*` marker gives `None` with non-empty `kwonly`).
    pub vararg: Option<String>,
    /// Keyword-only parameters (after `*` or `*args`).
    pub kwonly: Vec<Param>,
    /// `**kwargs`
    pub kwarg: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: String,
    pub default: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: String,
    /// Base class expressions; the compiler rejects more than one.
    pub bases: Vec<Expr>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// `except T:` / `except (T1, T2):`; `None` for a bare `except:`.
    pub typ: Option<Expr>,
    /// `as name`
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// Integer literal. Literals that fit in i64 use `Int`, larger ones `BigInt`.
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    /// String literal (adjacent literals already concatenated, escapes decoded).
    Str(String),
    /// An f-string: its literal and formatted parts, in order. Adjacent plain and
    /// f-string literals are merged into one `FString`.
    FString(Vec<FStringPart>),
    /// `True` / `False`
    Bool(bool),
    None,
    /// `...`
    Ellipsis,
    Name(String),
    /// `a op b` for arithmetic and bitwise operators.
    BinOp {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c` / `a or b` — two or more operands, all with the same operator.
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`: `ops.len() == comparators.len() >= 1`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Arg>,
        keywords: Vec<Keyword>,
    },
    Attribute {
        value: Box<Expr>,
        attr: String,
    },
    /// `value[index]`; a slice index is an `ExprKind::Slice`.
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `lower:upper:step` — only valid directly as a subscript index (or inside a tuple index).
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `{k: v, **d}`: a `None` key means `**value` unpacking.
    Dict(Vec<(Option<Expr>, Expr)>),
    Set(Vec<Expr>),
    /// `*value`, only valid inside a list/tuple/set display, a call's arguments or an
    /// assignment target.
    Starred(Box<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Lambda {
        params: Box<Params>,
        body: Box<Expr>,
    },
    /// `yield` / `yield value`
    Yield(Option<Box<Expr>>),
    /// `yield from value`
    YieldFrom(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    /// `{value!conversion:spec}`; `spec` is itself a list of parts (it may nest
    /// `{...}` fields). `debug_text` is set for `{x=}` to the text `x=` to print first.
    Formatted {
        value: Box<Expr>,
        conversion: Option<char>,
        spec: Vec<FStringPart>,
        debug_text: Option<String>,
    },
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// A positional call argument: `f(x)` or `f(*xs)`.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Positional(Expr),
    Star(Expr),
}

/// A keyword call argument: `f(name=value)`; `name == None` means `**value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub name: Option<String>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    /// `@` parses, and the compiler rejects it as unsupported.
    MatMul,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// Calls `f` on each direct subexpression of `e` (a field of an f-string, an
/// argument of a call, whether `*`-starred or not; not a lambda's defaults).
pub fn for_each_child<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    fn parts<'a>(ps: &'a [FStringPart], f: &mut dyn FnMut(&'a Expr)) {
        for p in ps {
            if let FStringPart::Formatted { value, spec, .. } = p {
                f(value);
                parts(spec, f);
            }
        }
    }
    let comps = |gs: &'a [Comprehension], f: &mut dyn FnMut(&'a Expr)| {
        for g in gs {
            f(&g.target);
            f(&g.iter);
            g.ifs.iter().for_each(&mut *f);
        }
    };
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis
        | ExprKind::Name(_) => {}
        ExprKind::FString(ps) => parts(ps, f),
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::BoolOp { values, .. }
        | ExprKind::List(values)
        | ExprKind::Tuple(values)
        | ExprKind::Set(values) => values.iter().for_each(f),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            for a in args {
                match a {
                    Arg::Positional(x) | Arg::Star(x) => f(x),
                }
            }
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::Attribute { value, .. }
        | ExprKind::Starred(value)
        | ExprKind::YieldFrom(value) => f(value),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
            .into_iter()
            .flatten()
            .for_each(|x| f(x)),
        ExprKind::Dict(pairs) => {
            for (k, v) in pairs {
                if let Some(k) = k {
                    f(k);
                }
                f(v);
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            comps(generators, f);
            f(elt);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            comps(generators, f);
            f(key);
            f(value);
        }
        ExprKind::Lambda { body, .. } => f(body),
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                f(v);
            }
        }
    }
}
