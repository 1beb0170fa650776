//! How each opcode is compiled, in words: the source of `docs/jit-opcodes.md` (a
//! unit test keeps that file equal to [`opcode_table`]). The match below is
//! exhaustive, so a new opcode cannot be added without saying how it compiles.

use crate::bytecode::{BinaryOp, CmpKind, Instr, NO_REG};

/// How the JIT compiles an opcode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    /// Always inline, no guard.
    Inline,
    /// Inline behind type guards (from known types or type feedback); a failed
    /// guard deopts, a polymorphic site tests the tags and calls the interpreter
    /// for the other types.
    Guarded,
    /// A runtime helper (the interpreter's own code for the instruction).
    Helper,
    /// Leaves compiled code.
    Exit,
}

impl Strategy {
    pub fn name(self) -> &'static str {
        match self {
            Strategy::Inline => "inline",
            Strategy::Guarded => "inline behind guards",
            Strategy::Helper => "helper",
            Strategy::Exit => "exit",
        }
    }
}

/// How `instr` is compiled, and the details.
pub fn strategy(instr: &Instr) -> (Strategy, &'static str) {
    use Instr::*;
    use Strategy::*;
    match instr {
        Move { .. } => (Inline, "an SSA copy; no code"),
        LoadConst { .. } => (Inline, "a constant (ints and floats unboxed)"),
        LoadInt { .. } => (Inline, "an unboxed int constant"),
        LoadGlobal { .. } => (
            Inline,
            "a global the program stores once at the top level outside loops and never deletes is, once bound, a constant of its type; otherwise loads the global slot: a global bound at compile time is not checked when no code deletes it, else deopts when gone (one loaded to be called is checked to be the same function, which checks the callee too); an unbound one falls back to the builtin of that name; a name bound nowhere deopts (the interpreter raises the NameError)",
        ),
        StoreGlobal { .. } => (Inline, "stores the boxed value into the global slot"),
        Add { .. } | Sub { .. } | Mul { .. } | TrueDiv { .. } => (
            Guarded,
            "two small ints (an overflow deopts) or two numbers with a float, unboxed; `/` of ints in floats; `str + str` by an allocating helper; ints past 48 bits that fit in 64 by a helper",
        ),
        FloorDiv { .. } | Mod { .. } => (
            Guarded,
            "two small ints, floored as Python does (a zero divisor deopts); floats through the interpreter",
        ),
        LShift { .. } | RShift { .. } => (
            Guarded,
            "two small ints (a negative count deopts, bits shifted out deopt)",
        ),
        BitAnd { .. } | BitOr { .. } | BitXor { .. } => (Guarded, "two small ints"),
        Pow { .. } => (
            Helper,
            "a float on either side: `pow_float` (C `pow`, as the interpreter); anything else, or a power that raises, through the interpreter",
        ),
        AddInt { .. } | SubInt { .. } => (Guarded, "a small int and the immediate"),
        Inplace { .. } => (
            Guarded,
            "as the binary operator on numbers; on containers (`list +=`) through the interpreter",
        ),
        Neg { .. } => (Guarded, "a small int (-(-2**47) deopts) or a float"),
        Pos { .. } | Invert { .. } => (
            Guarded,
            "inline on a register known to be an int (or, for `+`, a float); else the interpreter",
        ),
        Not { .. } => (
            Guarded,
            "bools, ints, floats and None inline; `__bool__`/`__len__` through the `truthy` helper",
        ),
        Eq { .. } | Ne { .. } | Lt { .. } | Le { .. } | Gt { .. } | Ge { .. } => (
            Guarded,
            "two small ints or two numbers (ints converted exactly) inline; two strs by identity, then a helper; others through the interpreter",
        ),
        Is { .. } | IsNot { .. } => (Inline, "compares the boxed words"),
        In { .. } | NotIn { .. } => (
            Guarded,
            "a dict and a small-int or str key by a helper that runs no Python code; others through the interpreter",
        ),
        Jump { .. } => (
            Inline,
            "a jump; a back-edge polls the GC inline when the loop can allocate (and counts down to a tier-up in code compiled before all of it ran)",
        ),
        JumpIfFalse { .. } | JumpIfTrue { .. } => (
            Guarded,
            "truth of bools, ints, floats and None inline; others through the `truthy` helper",
        ),
        BranchCompare { .. } => (Guarded, "compare and branch, as the comparisons"),
        GetIter { .. } => (Helper, "`iter()` through the interpreter"),
        ForIter { .. } => (
            Guarded,
            "range iterators and list/tuple iterators inline (the iterator guarded once per loop); others through the interpreter",
        ),
        Call { .. } => (
            Guarded,
            "a plain Python function the feedback says is always the same: the number-only start of its body inline (a recursive function's base cases), else its frame pushed and its compiled code called directly (a recursive call calls the code itself); `len` of a list, tuple or str inline; anything else through the `call` helper, which runs a compiled callee directly and polls the GC after a builtin",
        ),
        CallKw { .. } | CallEx { .. } => (Helper, "the interpreter binds and calls"),
        CallMethod { .. } => (
            Guarded,
            "`list.append` and `list.pop()` inline behind a type guard (a full list grows in a helper), `dict.get` (from the inline cache) by a helper that runs no Python code; other methods by the interpreter's method call, without its dispatch",
        ),
        Return { .. } => (Exit, "returns the value to the caller"),
        MakeFunction { .. } | MakeClass { .. } => (Helper, "the interpreter builds it"),
        BuildList { .. } | BuildTuple { .. } | BuildSet { .. } | BuildDict { .. } => {
            (Helper, "allocates through the interpreter")
        }
        BuildSlice { .. } | BuildString { .. } | ListToTuple { .. } => {
            (Helper, "allocates through the interpreter")
        }
        ListAppend { .. } => (
            Guarded,
            "pushes onto the comprehension's list (guarded) by a helper that cannot collect",
        ),
        ListExtend { .. } | SetAdd { .. } | SetUpdate { .. } | DictInsert { .. }
        | DictUpdate { .. } | DictMerge { .. } => (Helper, "through the interpreter"),
        GetItem { .. } => (
            Guarded,
            "a list or tuple and an in-range small int (negative counts from the end) inline, out of range a deopt (the interpreter raises the IndexError); an ASCII str's character from the VM's cache; a dict and a small-int or str key by a helper; others through the interpreter",
        ),
        SetItem { .. } => (
            Guarded,
            "a list and an in-range small int inline, out of range a deopt; a dict and a small-int or str key by a helper; others through the interpreter",
        ),
        GetAttr { .. } | SetAttr { .. } => (
            Helper,
            "the interpreter's attribute access, without its dispatch",
        ),
        DelItem { .. } | DelAttr { .. } => (Helper, "through the interpreter"),
        UnpackSeq { .. } => (
            Guarded,
            "a tuple or list of the right length inline; others through the interpreter",
        ),
        UnpackEx { .. } => (Helper, "through the interpreter"),
        FormatValue { .. } => (Helper, "formatting through the interpreter"),
        Raise { .. } | RaiseAssert { .. } => (
            Helper,
            "the interpreter raises; compiled code exits with the exception pending",
        ),
        ExceptMatch { .. } | EnterHandler { .. } | ExitHandler => {
            (Helper, "through the interpreter")
        }
        DeleteGlobal { .. } | CheckBound { .. } | DeleteLocal { .. } | MakeCell { .. } => {
            (Helper, "through the interpreter")
        }
        LoadDeref { .. } | StoreDeref { .. } | LoadName { .. } | StoreName { .. } => {
            (Helper, "through the interpreter")
        }
        Yield { .. } => (
            Exit,
            "exits to the interpreter, which suspends the generator; loops resume in compiled code",
        ),
        YieldFrom { .. } => (
            Helper,
            "one delegation step through the interpreter; a yielded value leaves through an exit that suspends the generator, which resumes in compiled code",
        ),
        Import { .. } | ImportFrom { .. } => (Helper, "through the interpreter"),
        Nop => (Inline, "nothing"),
    }
}

/// One instruction of every opcode, in opcode order.
pub fn every_opcode() -> Vec<Instr> {
    use Instr::*;
    let (dst, a, b) = (0, 1, 2);
    vec![
        Move { dst, src: a },
        LoadConst { dst, k: 0 },
        LoadInt { dst, value: 0 },
        LoadGlobal { dst, slot: 0 },
        StoreGlobal { slot: 0, src: a },
        DeleteGlobal { slot: 0 },
        CheckBound { reg: a, name: 0 },
        DeleteLocal { reg: a, name: 0 },
        MakeCell { reg: a },
        LoadDeref {
            dst,
            cell: a,
            name: 0,
        },
        StoreDeref { cell: a, src: b },
        LoadName { dst, name: 0 },
        StoreName { name: 0, src: a },
        Add { dst, a, b },
        Sub { dst, a, b },
        Mul { dst, a, b },
        TrueDiv { dst, a, b },
        FloorDiv { dst, a, b },
        Mod { dst, a, b },
        Pow { dst, a, b },
        LShift { dst, a, b },
        RShift { dst, a, b },
        BitAnd { dst, a, b },
        BitOr { dst, a, b },
        BitXor { dst, a, b },
        AddInt { dst, a, imm: 1 },
        SubInt { dst, a, imm: 1 },
        Inplace {
            dst,
            a,
            b,
            op: BinaryOp::Add,
        },
        Neg { dst, src: a },
        Pos { dst, src: a },
        Invert { dst, src: a },
        Not { dst, src: a },
        Eq { dst, a, b },
        Ne { dst, a, b },
        Lt { dst, a, b },
        Le { dst, a, b },
        Gt { dst, a, b },
        Ge { dst, a, b },
        Is { dst, a, b },
        IsNot { dst, a, b },
        In { dst, a, b },
        NotIn { dst, a, b },
        Jump { target: 0 },
        JumpIfFalse { cond: a, target: 0 },
        JumpIfTrue { cond: a, target: 0 },
        BranchCompare {
            a,
            b,
            op: CmpKind::Lt,
            target: 0,
        },
        GetIter { dst, src: a },
        ForIter {
            dst,
            iter: a,
            target: 0,
        },
        Call {
            dst,
            func: a,
            argc: 0,
        },
        CallKw {
            dst,
            func: a,
            argc: 0,
            names: 0,
        },
        CallEx {
            dst,
            func: a,
            args: b,
            kwargs: NO_REG,
        },
        CallMethod {
            dst,
            recv: a,
            argc: 0,
            name: 0,
        },
        Return { src: a },
        MakeFunction {
            dst,
            code: 0,
            base: a,
        },
        MakeClass {
            dst,
            body: a,
            base: NO_REG,
            name: 0,
        },
        BuildList {
            dst,
            start: a,
            count: 0,
        },
        BuildTuple {
            dst,
            start: a,
            count: 0,
        },
        BuildSet {
            dst,
            start: a,
            count: 0,
        },
        BuildDict {
            dst,
            start: a,
            count: 0,
        },
        BuildSlice { dst, start: a },
        ListAppend { list: a, src: b },
        ListExtend { list: a, src: b },
        SetAdd { set: a, src: b },
        SetUpdate { set: a, src: b },
        DictInsert {
            dict: a,
            key: b,
            value: dst,
        },
        DictUpdate { dict: a, src: b },
        DictMerge {
            dict: a,
            src: b,
            func: dst,
        },
        ListToTuple { dst, src: a },
        GetItem {
            dst,
            obj: a,
            key: b,
        },
        SetItem {
            obj: a,
            key: b,
            src: dst,
        },
        DelItem { obj: a, key: b },
        GetAttr {
            dst,
            obj: a,
            name: 0,
        },
        SetAttr {
            obj: a,
            name: 0,
            src: b,
        },
        DelAttr { obj: a, name: 0 },
        UnpackSeq {
            dst,
            src: a,
            count: 2,
        },
        UnpackEx {
            dst,
            src: a,
            before: 1,
            after: 0,
        },
        FormatValue {
            dst,
            src: a,
            conv: 0,
            spec: NO_REG,
        },
        BuildString {
            dst,
            start: a,
            count: 2,
        },
        Raise {
            exc: a,
            cause: NO_REG,
        },
        RaiseAssert { msg: NO_REG },
        ExceptMatch {
            dst,
            exc: a,
            typ: b,
        },
        EnterHandler { exc: a },
        ExitHandler,
        Yield { dst, src: a },
        YieldFrom { dst, src: a },
        Import { dst, name: 0 },
        ImportFrom {
            dst,
            module: a,
            name: 0,
        },
        Nop,
    ]
}

/// The markdown table of `docs/jit-opcodes.md`.
pub fn opcode_table() -> String {
    let mut out = String::from(
        "# How the JIT compiles each opcode\n\n\
         Generated from `vm/src/jit/codegen/strategy.rs` by the test \
         `jit::codegen::strategy::tests::docs_table_is_current` \
         (`KRAIT_BLESS_DOCS=1 cargo test --release -p krait docs_table` rewrites it).\n\n\
         - *inline*: compiled to machine code, no guard;\n\
         - *inline behind guards*: machine code for the types that known types or the \
         interpreter's type feedback predict, behind type guards; a failed guard \
         deoptimizes to the interpreter at that instruction, and a site whose guards keep \
         failing is recompiled without the speculation, testing tags at run time and \
         calling the interpreter for other types;\n\
         - *helper*: a call into the runtime, usually the interpreter's own code for \
         that one instruction;\n\
         - *exit*: leaves compiled code.\n\n\
         | opcode | compiled as | details |\n|---|---|---|\n",
    );
    for instr in every_opcode() {
        let (s, details) = strategy(&instr);
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            instr.name(),
            s.name(),
            details
        ));
    }
    let counts = |k: Strategy| every_opcode().iter().filter(|i| strategy(i).0 == k).count();
    out.push_str(&format!(
        "\n{} opcodes: {} inline, {} inline behind guards, {} through helpers, {} exits.\n",
        every_opcode().len(),
        counts(Strategy::Inline),
        counts(Strategy::Guarded),
        counts(Strategy::Helper),
        counts(Strategy::Exit)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opcode_is_listed_once_in_order() {
        let ops: Vec<u8> = every_opcode().iter().map(Instr::opcode).collect();
        let expected: Vec<u8> = (0..=Instr::Nop.opcode()).collect();
        assert_eq!(ops, expected);
    }

    #[test]
    fn docs_table_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/jit-opcodes.md");
        let table = opcode_table();
        if std::env::var("KRAIT_BLESS_DOCS").is_ok_and(|v| v == "1") {
            std::fs::write(path, &table).expect("write docs/jit-opcodes.md");
        }
        let on_disk = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            on_disk == table,
            "docs/jit-opcodes.md is stale: run `KRAIT_BLESS_DOCS=1 cargo test --release -p krait docs_table`"
        );
    }
}
