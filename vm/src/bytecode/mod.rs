//! The instruction set and code objects.
//!
//! Register machine: each frame has `nregs` registers `R[0..nregs]` laid out as
//! parameters, then `*args`, `**kwargs`, the closure's cells, the other locals, and
//! temporaries. `K[k]` is constant `k` of the code object, `G[s]` global slot `s`.
//! Every instruction is listed here once, with its semantics; the disassembler, the
//! interpreter and the JIT all match on [`Instr`], so an opcode one of them forgets is
//! a compile error.
//!
//! Architecture invariant: this module defines data only; it neither compiles nor runs.

mod dis;

pub use dis::disassemble;

use crate::runtime::value::Value;

pub type Reg = u16;
/// Marks an optional register operand as absent.
pub const NO_REG: Reg = Reg::MAX;

/// `repr(u8)`: the opcode is the first byte, so profiles and compiled code can read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Instr {
    /// R[dst] := R[src]
    Move { dst: Reg, src: Reg },
    /// R[dst] := K[k]
    LoadConst { dst: Reg, k: u16 },
    /// R[dst] := value (a small int literal)
    LoadInt { dst: Reg, value: i32 },
    /// R[dst] := G[slot], falling back to the builtin of that name; NameError if neither
    LoadGlobal { dst: Reg, slot: u16 },
    /// G[slot] := R[src]
    StoreGlobal { slot: u16, src: Reg },
    /// del G[slot]; NameError if unbound
    DeleteGlobal { slot: u16 },
    /// UnboundLocalError naming K[name] if R[reg] is unbound
    CheckBound { reg: Reg, name: u16 },
    /// del R[reg] (a local); UnboundLocalError naming K[name] if unbound
    DeleteLocal { reg: Reg, name: u16 },
    /// R[reg] := new cell holding R[reg] (captured parameters at function entry)
    MakeCell { reg: Reg },
    /// R[dst] := contents of the cell R[cell]; NameError naming K[name] if empty
    LoadDeref { dst: Reg, cell: Reg, name: u16 },
    /// contents of the cell R[cell] := R[src]
    StoreDeref { cell: Reg, src: Reg },
    /// R[dst] := namespace[K[name]], else G/builtins (class bodies)
    LoadName { dst: Reg, name: u16 },
    /// namespace[K[name]] := R[src] (class bodies)
    StoreName { name: u16, src: Reg },

    /// R[dst] := R[a] + R[b]
    Add { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] - R[b]
    Sub { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] * R[b]
    Mul { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] / R[b]
    TrueDiv { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] // R[b]
    FloorDiv { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] % R[b]
    Mod { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] ** R[b]
    Pow { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] << R[b]
    LShift { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] >> R[b]
    RShift { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] & R[b]
    BitAnd { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] | R[b]
    BitOr { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] ^ R[b]
    BitXor { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] + imm (superinstruction for `x + 1`)
    AddInt { dst: Reg, a: Reg, imm: i16 },
    /// R[dst] := R[a] - imm (superinstruction for `x - 1`)
    SubInt { dst: Reg, a: Reg, imm: i16 },
    /// R[dst] := R[a] op= R[b], in place for mutable containers (`list +=` extends)
    Inplace {
        dst: Reg,
        a: Reg,
        b: Reg,
        op: BinaryOp,
    },
    /// R[dst] := -R[src]
    Neg { dst: Reg, src: Reg },
    /// R[dst] := +R[src]
    Pos { dst: Reg, src: Reg },
    /// R[dst] := ~R[src]
    Invert { dst: Reg, src: Reg },
    /// R[dst] := not R[src]
    Not { dst: Reg, src: Reg },

    /// R[dst] := R[a] == R[b]
    Eq { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] != R[b]
    Ne { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] < R[b]
    Lt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] <= R[b]
    Le { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] > R[b]
    Gt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] >= R[b]
    Ge { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] is R[b]
    Is { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] is not R[b]
    IsNot { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] in R[b]
    In { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] not in R[b]
    NotIn { dst: Reg, a: Reg, b: Reg },

    /// pc := target
    Jump { target: u32 },
    /// if not truthy(R[cond]) then pc := target
    JumpIfFalse { cond: Reg, target: u32 },
    /// if truthy(R[cond]) then pc := target
    JumpIfTrue { cond: Reg, target: u32 },
    /// if not (R[a] op R[b]) then pc := target (superinstruction for `if a < b:`)
    BranchCompare {
        a: Reg,
        b: Reg,
        op: CmpKind,
        target: u32,
    },
    /// R[dst] := iter(R[src])
    GetIter { dst: Reg, src: Reg },
    /// R[dst] := next(R[iter]); if exhausted, pc := target
    ForIter { dst: Reg, iter: Reg, target: u32 },

    /// R[dst] := R[func](R[func+1], ..., R[func+argc])
    Call { dst: Reg, func: Reg, argc: u16 },
    /// Like Call, but the last len(K[names]) arguments are keywords named by the tuple K[names]
    CallKw {
        dst: Reg,
        func: Reg,
        argc: u16,
        names: u16,
    },
    /// R[dst] := R[func](*R[args], **R[kwargs]) (kwargs may be NO_REG)
    CallEx {
        dst: Reg,
        func: Reg,
        args: Reg,
        kwargs: Reg,
    },
    /// R[dst] := R[recv].K[name](R[recv+1], ..., R[recv+argc])
    CallMethod {
        dst: Reg,
        recv: Reg,
        argc: u16,
        name: u16,
    },
    /// return R[src] to the caller
    Return { src: Reg },
    /// R[dst] := function of code K[code]; R[base..] hold its defaults, keyword-only
    /// defaults and closure cells, in the counts its code object records
    MakeFunction { dst: Reg, code: u16, base: Reg },
    /// R[dst] := class named K[name] with base R[base] (or NO_REG), whose namespace is
    /// what calling the function R[body] leaves in its namespace
    MakeClass {
        dst: Reg,
        body: Reg,
        base: Reg,
        name: u16,
    },

    /// R[dst] := [R[start], ..., R[start+count-1]]
    BuildList { dst: Reg, start: Reg, count: u16 },
    /// R[dst] := (R[start], ..., R[start+count-1])
    BuildTuple { dst: Reg, start: Reg, count: u16 },
    /// R[dst] := {R[start], ..., R[start+count-1]}
    BuildSet { dst: Reg, start: Reg, count: u16 },
    /// R[dst] := {R[start]: R[start+1], ...} with `count` pairs
    BuildDict { dst: Reg, start: Reg, count: u16 },
    /// R[dst] := slice(R[start], R[start+1], R[start+2])
    BuildSlice { dst: Reg, start: Reg },
    /// R[list].append(R[src])
    ListAppend { list: Reg, src: Reg },
    /// R[list].extend(R[src])
    ListExtend { list: Reg, src: Reg },
    /// R[set].add(R[src])
    SetAdd { set: Reg, src: Reg },
    /// R[set].update(R[src])
    SetUpdate { set: Reg, src: Reg },
    /// R[dict][R[key]] := R[value]
    DictInsert { dict: Reg, key: Reg, value: Reg },
    /// R[dict].update(R[src]) (`{**m}`)
    DictUpdate { dict: Reg, src: Reg },
    /// R[dict].update(R[src]) for a `**R[src]` in a call of R[func]: a key already
    /// in R[dict] is an error (CPython's `DICT_MERGE`).
    DictMerge { dict: Reg, src: Reg, func: Reg },
    /// R[dst] := tuple(R[src]) where R[src] is a list
    ListToTuple { dst: Reg, src: Reg },
    /// R[dst] := R[obj][R[key]]
    GetItem { dst: Reg, obj: Reg, key: Reg },
    /// R[obj][R[key]] := R[src]
    SetItem { obj: Reg, key: Reg, src: Reg },
    /// del R[obj][R[key]]
    DelItem { obj: Reg, key: Reg },
    /// R[dst] := R[obj].K[name]
    GetAttr { dst: Reg, obj: Reg, name: u16 },
    /// R[obj].K[name] := R[src]
    SetAttr { obj: Reg, name: u16, src: Reg },
    /// del R[obj].K[name]
    DelAttr { obj: Reg, name: u16 },
    /// R[dst..dst+count] := the items of R[src], which must have exactly `count`
    UnpackSeq { dst: Reg, src: Reg, count: u16 },
    /// R[dst..] := `before` items, a list of the middle, `after` items of R[src]
    UnpackEx {
        dst: Reg,
        src: Reg,
        before: u8,
        after: u8,
    },

    /// R[dst] := format(conv(R[src]), R[spec]) — conv is 0, b's', b'r' or b'a'; spec may be NO_REG
    FormatValue {
        dst: Reg,
        src: Reg,
        conv: u8,
        spec: Reg,
    },
    /// R[dst] := R[start] + ... + R[start+count-1] (all str)
    BuildString { dst: Reg, start: Reg, count: u16 },

    /// raise R[exc] (from R[cause]); exc NO_REG re-raises the exception being handled
    Raise { exc: Reg, cause: Reg },
    /// raise AssertionError(R[msg]) (msg may be NO_REG)
    RaiseAssert { msg: Reg },
    /// R[dst] := whether exception R[exc] matches class-or-tuple R[typ]
    ExceptMatch { dst: Reg, exc: Reg, typ: Reg },
    /// the exception R[exc] becomes the one being handled (for bare `raise` and context)
    EnterHandler { exc: Reg },
    /// the handler that began with EnterHandler finished normally
    ExitHandler,

    /// suspend the generator yielding R[src]; on resume, R[dst] := the sent value
    Yield { dst: Reg, src: Reg },
    /// R[dst] := the result of delegating to the iterator R[src] (`yield from`)
    YieldFrom { dst: Reg, src: Reg },

    /// R[dst] := the module K[name] (`import math`)
    Import { dst: Reg, name: u16 },
    /// R[dst] := the attribute K[name] of the module R[module] (`from math import
    /// sqrt`), an ImportError if it has none
    ImportFrom { dst: Reg, module: Reg, name: u16 },
    /// no effect
    Nop,
}

impl Instr {
    /// The opcode number: the variant's index in [`Instr`].
    pub fn opcode(&self) -> u8 {
        // SAFETY: `Instr` is `repr(u8)`, whose layout starts with the `u8` tag.
        unsafe { *(self as *const Instr as *const u8) }
    }

    /// Whether this instruction fuses what would otherwise be two (chosen from the
    /// opcode-pair profile of `--stats`).
    pub fn is_superinstruction(&self) -> bool {
        matches!(
            self,
            Instr::BranchCompare { .. } | Instr::AddInt { .. } | Instr::SubInt { .. }
        )
    }

    /// The opcode's name (`"Add"`), derived from the variant itself.
    pub fn name(&self) -> String {
        let text = format!("{self:?}");
        text.split([' ', '{'])
            .next()
            .unwrap_or_default()
            .to_string()
    }
}

/// The rich comparisons, for [`Instr::BranchCompare`] and for runtime dispatch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpKind {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// The binary operators, for [`Instr::Inplace`] and for runtime dispatch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinaryOp {
    /// Every operator, in declaration order (`ALL[op as usize] == op`).
    pub const ALL: [BinaryOp; 12] = [
        BinaryOp::Add,
        BinaryOp::Sub,
        BinaryOp::Mul,
        BinaryOp::TrueDiv,
        BinaryOp::FloorDiv,
        BinaryOp::Mod,
        BinaryOp::Pow,
        BinaryOp::LShift,
        BinaryOp::RShift,
        BinaryOp::BitAnd,
        BinaryOp::BitOr,
        BinaryOp::BitXor,
    ];

    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::TrueDiv => "/",
            BinaryOp::FloorDiv => "//",
            BinaryOp::Mod => "%",
            BinaryOp::Pow => "** or pow()",
            BinaryOp::LShift => "<<",
            BinaryOp::RShift => ">>",
            BinaryOp::BitAnd => "&",
            BinaryOp::BitOr => "|",
            BinaryOp::BitXor => "^",
        }
    }

    /// The dunder method implementing this operator (`__add__`) and its reflection.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinaryOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinaryOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinaryOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinaryOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinaryOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinaryOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinaryOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinaryOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinaryOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinaryOp::BitAnd => ("__and__", "__rand__", "__iand__"),
            BinaryOp::BitOr => ("__or__", "__ror__", "__ior__"),
            BinaryOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// A range of instructions protected by an exception handler.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    /// Protected pcs: `start..end`.
    pub start: u32,
    pub end: u32,
    /// Where the handler begins; the exception is placed in R[exc_reg].
    pub target: u32,
    pub exc_reg: Reg,
    /// How many `EnterHandler`s are active at the `try` (the frame's handled-exception
    /// stack is cut back to this depth when the handler catches).
    pub depth: u16,
}

/// How a code object's parameters are laid out (registers 0.. in this order).
#[derive(Clone, Debug, Default)]
pub struct Signature {
    /// Positional-or-keyword parameter names.
    pub positional: Vec<String>,
    pub kwonly: Vec<String>,
    /// `*args` and `**kwargs` names.
    pub varargs: Option<String>,
    pub varkw: Option<String>,
    /// How many trailing positional parameters have defaults.
    pub ndefaults: u16,
    /// Which keyword-only parameters have defaults.
    pub kwonly_has_default: Vec<bool>,
}

impl Signature {
    /// Parameter names in register order: positional, keyword-only, `*args`, `**kwargs`.
    pub fn param_names(&self) -> impl Iterator<Item = &String> {
        self.positional
            .iter()
            .chain(&self.kwonly)
            .chain(&self.varargs)
            .chain(&self.varkw)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    Generator,
    /// A class body: `LoadName`/`StoreName` address its namespace.
    ClassBody,
}

/// One compiled function (or module, or class body).
#[derive(Clone, Debug)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub kind: CodeKind,
    pub signature: Signature,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    pub nregs: u16,
    /// The registers below this one hold named variables (parameters, cells, locals);
    /// the rest are temporaries, each written before it is read. A new frame resets
    /// its named registers past the arguments to UNBOUND (a read may check them) and
    /// leaves its temporaries as they are (the GC clears registers above the live
    /// ones, so whatever they hold is a valid value).
    pub named_regs: u16,
    /// Registers holding the closure's cells, filled at entry from the function object.
    pub free_regs: Vec<Reg>,
    pub handlers: Vec<Handler>,
    /// Name of each register that holds a named local, for `--dis` and messages.
    pub reg_names: Vec<(Reg, String)>,
    pub first_line: u32,
    /// Type feedback, one slot per instruction: the kinds of operand the interpreter
    /// has seen there, for the JIT to specialize on. Each operand has a byte of kind
    /// bits (`interp::feedback_bits`): the first operand the low byte, the second the
    /// next (for `ForIter`, the kind of iterator: `interp::FB_RANGE_ITER`, ...).
    pub feedback: Vec<std::cell::Cell<u16>>,
    /// One inline cache per instruction (used by `CallMethod` on built-in receivers:
    /// the receiver's type and the method's index, so a call does no name lookup).
    pub inline_caches: Vec<std::cell::Cell<u32>>,
    /// How many times the code has been entered or has jumped back in a loop, up to
    /// [`WARM`]: CPython 3.11 specializes a code object's call sites once it has
    /// (see `interp::c_levels`). Every tier counts, so that all agree.
    pub warmup: std::cell::Cell<u8>,
    /// The back-edges that do not count towards [`CodeObject::warmup`]: the end of a
    /// `while` loop's body, where CPython 3.11 tests the condition again and jumps
    /// back conditionally (`POP_JUMP_BACKWARD_IF_TRUE` does not warm code up; the
    /// `JUMP_BACKWARD` of a `for` loop, `while True` or `continue` does).
    /// One bit per instruction (`pc / 64`, `1 << pc % 64`), set by the compiler.
    pub quiet_back_edges: Vec<u64>,
    /// The argument count of a call that needs no binding work: a plain function
    /// (not a generator, no closure) with only positional parameters. `u16::MAX` if none.
    pub simple_arity: u16,
}

/// The [`CodeObject::warmup`] at which CPython 3.11 quickens code (its
/// `QUICKENING_WARMUP_DELAY`).
pub const WARM: u8 = 8;

impl CodeObject {
    /// Whether the back-edge at `pc` does not count (see [`Self::quiet_back_edges`]).
    #[inline(always)]
    pub fn is_quiet_back_edge(&self, pc: usize) -> bool {
        self.quiet_back_edges
            .get(pc / 64)
            .is_some_and(|bits| bits & (1 << (pc % 64)) != 0)
    }

    /// Marks the back-edge at `pc` as not counting.
    pub fn set_quiet_back_edge(&mut self, pc: usize) {
        if self.quiet_back_edges.len() <= pc / 64 {
            self.quiet_back_edges.resize(pc / 64 + 1, 0);
        }
        self.quiet_back_edges[pc / 64] |= 1 << (pc % 64);
    }

    /// Counts the back-edge at `pc` (see [`CodeObject::warmup`]).
    #[inline(always)]
    pub fn warm_up_at(&self, pc: usize) {
        let w = self.warmup.get();
        if w < WARM && !self.is_quiet_back_edge(pc) {
            self.warmup.set(w + 1);
        }
    }

    /// Counts one entry or loop back-edge (see [`CodeObject::warmup`]).
    #[inline(always)]
    pub fn warm_up(&self) {
        let w = self.warmup.get();
        if w < WARM {
            self.warmup.set(w + 1);
        }
    }

    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_ops_are_indexed_by_their_number() {
        for (i, op) in BinaryOp::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
        }
    }
}
