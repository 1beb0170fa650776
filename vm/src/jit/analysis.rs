//! What the JIT works out about a code object before it emits any code: which
//! registers each instruction reads and writes, the control-flow graph, which
//! registers are live where, and the type of every register at every block entry.
//!
//! Types come from a forward dataflow over the instructions ([`Analysis::transfer`],
//! shared with code generation so the two can never disagree), seeded by the
//! interpreter's type feedback. Loop headers *speculate*: a register that is
//! unknown on the edges entering a loop but of one type on its back-edges gets that
//! type at the header, with a guard on the entering edges. So a loop-invariant value
//! is checked once, before the loop, not on every iteration.
//!
//! Architecture invariant: this module reads code objects and feedback only; it
//! emits nothing and knows nothing of Cranelift.

use super::types::{self, Item, Iter, Num, Ty};
use crate::bytecode::{BinaryOp, CodeObject, Instr, Reg, NO_REG};
use crate::runtime::value::Value;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// A set of registers, a bit per register.
#[derive(Debug, PartialEq, Eq, Default)]
pub struct RegSet(Vec<u64>);

impl Clone for RegSet {
    fn clone(&self) -> Self {
        RegSet(self.0.clone())
    }

    /// Copies into `self`'s words: the liveness fixpoint does this three times per
    /// instruction per pass (the derived `clone_from` would allocate anew, and
    /// `Vec::clone_from` calls `memcpy` for a word or two).
    fn clone_from(&mut self, source: &Self) {
        if self.0.len() == source.0.len() {
            for (a, &b) in self.0.iter_mut().zip(&source.0) {
                *a = b;
            }
        } else {
            self.0.clone_from(&source.0);
        }
    }
}

impl RegSet {
    pub fn new(nregs: usize) -> RegSet {
        RegSet(vec![0; nregs.div_ceil(64)])
    }

    pub fn insert(&mut self, r: Reg) {
        self.0[r as usize / 64] |= 1 << (r % 64);
    }

    pub fn remove(&mut self, r: Reg) {
        self.0[r as usize / 64] &= !(1 << (r % 64));
    }

    pub fn contains(&self, r: Reg) -> bool {
        self.0
            .get(r as usize / 64)
            .is_some_and(|w| w & (1 << (r % 64)) != 0)
    }

    /// Adds `other`'s registers; returns whether anything was added.
    pub fn union_with(&mut self, other: &RegSet) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            let n = *a | b;
            changed |= n != *a;
            *a = n;
        }
        changed
    }

    /// Whether `self` and `other` hold the same registers (`==` calls `memcmp`).
    pub fn same(&self, other: &RegSet) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(&other.0).all(|(a, b)| a == b)
    }

    /// Adds `other`'s registers but `r`.
    pub fn union_without(&mut self, other: &RegSet, r: Reg) {
        for (i, (a, b)) in self.0.iter_mut().zip(&other.0).enumerate() {
            let mask = if i == r as usize / 64 {
                !(1 << (r % 64))
            } else {
                !0
            };
            *a |= b & mask;
        }
    }

    pub fn clear(&mut self) {
        for w in &mut self.0 {
            *w = 0;
        }
    }

    /// Removes `other`'s registers.
    pub fn subtract(&mut self, other: &RegSet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= !b;
        }
    }

    /// Keeps only `other`'s registers.
    pub fn intersect(&mut self, other: &RegSet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= b;
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = Reg> + '_ {
        self.0.iter().enumerate().flat_map(|(i, &w)| {
            (0..64)
                .filter(move |b| w & (1 << b) != 0)
                .map(move |b| (i * 64 + b) as Reg)
        })
    }
}

fn span(start: Reg, count: usize) -> impl Iterator<Item = Reg> {
    (start as usize..start as usize + count).map(|r| r as Reg)
}

/// The registers `instr` reads. `codes` is the whole program (a `MakeFunction` reads
/// as many registers as its code object has defaults and cells). Calls also read R[0]:
/// `super()` takes the caller's first argument from its frame.
pub fn uses(instr: &Instr, codes: &[CodeObject]) -> Vec<Reg> {
    use Instr::*;
    let opt = |r: Reg| (r != NO_REG).then_some(r);
    match *instr {
        Move { src, .. } => vec![src],
        LoadConst { .. } | LoadInt { .. } | LoadGlobal { .. } | DeleteGlobal { .. } => vec![],
        LoadName { .. } | Import { .. } | Jump { .. } | ExitHandler | Nop => vec![],
        StoreGlobal { src, .. } | StoreName { src, .. } => vec![src],
        CheckBound { reg, .. } | DeleteLocal { reg, .. } | MakeCell { reg } => vec![reg],
        LoadDeref { cell, .. } => vec![cell],
        StoreDeref { cell, src } => vec![cell, src],
        Add { a, b, .. }
        | Sub { a, b, .. }
        | Mul { a, b, .. }
        | TrueDiv { a, b, .. }
        | FloorDiv { a, b, .. }
        | Mod { a, b, .. }
        | Pow { a, b, .. }
        | LShift { a, b, .. }
        | RShift { a, b, .. }
        | BitAnd { a, b, .. }
        | BitOr { a, b, .. }
        | BitXor { a, b, .. }
        | Inplace { a, b, .. }
        | Eq { a, b, .. }
        | Ne { a, b, .. }
        | Lt { a, b, .. }
        | Le { a, b, .. }
        | Gt { a, b, .. }
        | Ge { a, b, .. }
        | Is { a, b, .. }
        | IsNot { a, b, .. }
        | In { a, b, .. }
        | NotIn { a, b, .. }
        | BranchCompare { a, b, .. } => vec![a, b],
        AddInt { a, .. } | SubInt { a, .. } => vec![a],
        Neg { src, .. } | Pos { src, .. } | Invert { src, .. } | Not { src, .. } => vec![src],
        JumpIfFalse { cond, .. } | JumpIfTrue { cond, .. } => vec![cond],
        GetIter { src, .. } | ListToTuple { src, .. } => vec![src],
        ForIter { iter, .. } => vec![iter],
        Call { func, argc, .. } | CallKw { func, argc, .. } => {
            let mut v: Vec<Reg> = span(func, argc as usize + 1).collect();
            v.push(0);
            v
        }
        CallEx {
            func, args, kwargs, ..
        } => [Some(func), Some(args), opt(kwargs), Some(0)]
            .into_iter()
            .flatten()
            .collect(),
        CallMethod { recv, argc, .. } => {
            let mut v: Vec<Reg> = span(recv, argc as usize + 1).collect();
            v.push(0);
            v
        }
        Return { src } => vec![src],
        MakeFunction { code, base, .. } => {
            let c = &codes[code as usize];
            let nkw = c
                .signature
                .kwonly_has_default
                .iter()
                .filter(|&&d| d)
                .count();
            span(
                base,
                c.signature.ndefaults as usize + nkw + c.free_regs.len(),
            )
            .collect()
        }
        MakeClass { body, base, .. } => [Some(body), opt(base), Some(0)]
            .into_iter()
            .flatten()
            .collect(),
        BuildList { start, count, .. }
        | BuildTuple { start, count, .. }
        | BuildSet { start, count, .. }
        | BuildString { start, count, .. } => span(start, count as usize).collect(),
        BuildDict { start, count, .. } => span(start, 2 * count as usize).collect(),
        BuildSlice { start, .. } => span(start, 3).collect(),
        ListAppend { list, src } | ListExtend { list, src } => vec![list, src],
        SetAdd { set, src } | SetUpdate { set, src } => vec![set, src],
        DictInsert { dict, key, value } => vec![dict, key, value],
        DictUpdate { dict, src } => vec![dict, src],
        DictMerge { dict, src, func } => vec![dict, src, func],
        GetItem { obj, key, .. } | DelItem { obj, key } => vec![obj, key],
        SetItem { obj, key, src } => vec![obj, key, src],
        GetAttr { obj, .. } | DelAttr { obj, .. } => vec![obj],
        ImportFrom { module, .. } => vec![module],
        SetAttr { obj, src, .. } => vec![obj, src],
        UnpackSeq { src, .. } | UnpackEx { src, .. } => vec![src],
        FormatValue { src, spec, .. } => [Some(src), opt(spec)].into_iter().flatten().collect(),
        Raise { exc, cause } => [opt(exc), opt(cause)].into_iter().flatten().collect(),
        RaiseAssert { msg } => opt(msg).into_iter().collect(),
        ExceptMatch { exc, typ, .. } => vec![exc, typ],
        EnterHandler { exc } => vec![exc],
        Yield { src, .. } | YieldFrom { src, .. } => vec![src],
    }
}

/// The registers `instr` writes whenever it completes normally. (A `ForIter` writes
/// its `dst` only when the iterator is not exhausted: see [`Analysis::transfer`].)
pub fn defs(instr: &Instr) -> Vec<Reg> {
    use Instr::*;
    match *instr {
        Move { dst, .. }
        | LoadConst { dst, .. }
        | LoadInt { dst, .. }
        | LoadGlobal { dst, .. }
        | LoadDeref { dst, .. }
        | LoadName { dst, .. }
        | Add { dst, .. }
        | Sub { dst, .. }
        | Mul { dst, .. }
        | TrueDiv { dst, .. }
        | FloorDiv { dst, .. }
        | Mod { dst, .. }
        | Pow { dst, .. }
        | LShift { dst, .. }
        | RShift { dst, .. }
        | BitAnd { dst, .. }
        | BitOr { dst, .. }
        | BitXor { dst, .. }
        | AddInt { dst, .. }
        | SubInt { dst, .. }
        | Inplace { dst, .. }
        | Neg { dst, .. }
        | Pos { dst, .. }
        | Invert { dst, .. }
        | Not { dst, .. }
        | Eq { dst, .. }
        | Ne { dst, .. }
        | Lt { dst, .. }
        | Le { dst, .. }
        | Gt { dst, .. }
        | Ge { dst, .. }
        | Is { dst, .. }
        | IsNot { dst, .. }
        | In { dst, .. }
        | NotIn { dst, .. }
        | GetIter { dst, .. }
        | Call { dst, .. }
        | CallKw { dst, .. }
        | CallEx { dst, .. }
        | CallMethod { dst, .. }
        | MakeFunction { dst, .. }
        | MakeClass { dst, .. }
        | BuildList { dst, .. }
        | BuildTuple { dst, .. }
        | BuildSet { dst, .. }
        | BuildDict { dst, .. }
        | BuildSlice { dst, .. }
        | ListToTuple { dst, .. }
        | GetItem { dst, .. }
        | GetAttr { dst, .. }
        | FormatValue { dst, .. }
        | BuildString { dst, .. }
        | ExceptMatch { dst, .. }
        | Import { dst, .. }
        | ImportFrom { dst, .. }
        | Yield { dst, .. }
        | YieldFrom { dst, .. } => vec![dst],
        MakeCell { reg } | DeleteLocal { reg, .. } => vec![reg],
        UnpackSeq { dst, count, .. } => span(dst, count as usize).collect(),
        UnpackEx {
            dst, before, after, ..
        } => span(dst, before as usize + 1 + after as usize).collect(),
        ForIter { .. }
        | StoreGlobal { .. }
        | DeleteGlobal { .. }
        | CheckBound { .. }
        | StoreDeref { .. }
        | StoreName { .. }
        | Jump { .. }
        | JumpIfFalse { .. }
        | JumpIfTrue { .. }
        | BranchCompare { .. }
        | Return { .. }
        | ListAppend { .. }
        | ListExtend { .. }
        | SetAdd { .. }
        | SetUpdate { .. }
        | DictInsert { .. }
        | DictUpdate { .. }
        | DictMerge { .. }
        | SetItem { .. }
        | DelItem { .. }
        | SetAttr { .. }
        | DelAttr { .. }
        | Raise { .. }
        | RaiseAssert { .. }
        | EnterHandler { .. }
        | ExitHandler
        | Nop => vec![],
    }
}

/// The first register a call may overwrite besides its `dst`: a Python callee's
/// frame starts at the call's arguments (and a bound method puts its receiver in
/// the callee's slot), so every register from there up holds garbage afterwards.
pub fn clobbered_from(instr: &Instr) -> Option<Reg> {
    match *instr {
        Instr::Call { func, .. } | Instr::CallKw { func, .. } => Some(func),
        Instr::CallMethod { recv, .. } => Some(recv),
        _ => None,
    }
}

/// Where control can go after `pc` within compiled code (exceptions, `yield` and
/// `return` leave it).
pub fn successors(pc: usize, instr: &Instr) -> Vec<usize> {
    match *instr {
        Instr::Jump { target } => vec![target as usize],
        Instr::JumpIfFalse { target, .. }
        | Instr::JumpIfTrue { target, .. }
        | Instr::BranchCompare { target, .. }
        | Instr::ForIter { target, .. } => vec![pc + 1, target as usize],
        // A `YieldFrom` whose delegate yields suspends the generator (a `Yield` exit
        // of compiled code), to run it again when resumed; when the delegate is
        // exhausted, execution goes on.
        Instr::Return { .. }
        | Instr::Raise { .. }
        | Instr::RaiseAssert { .. }
        | Instr::Yield { .. } => {
            vec![]
        }
        _ => vec![pc + 1],
    }
}

/// The `YieldFrom` instructions, where a resumed generator continues.
fn yield_froms(code: &CodeObject) -> impl Iterator<Item = u32> + '_ {
    code.instrs
        .iter()
        .enumerate()
        .filter(|(_, i)| matches!(i, Instr::YieldFrom { .. }))
        .map(|(pc, _)| pc as u32)
}

/// The targets of backward jumps: the loop headers, where compiled code can be entered.
pub fn loop_headers(code: &CodeObject) -> impl Iterator<Item = u32> + '_ {
    code.instrs
        .iter()
        .enumerate()
        .filter_map(|(pc, i)| match *i {
            Instr::Jump { target } if target as usize <= pc => Some(target),
            _ => None,
        })
}

/// The pcs of the loop whose header is `header`: up to its last back-edge.
pub fn loop_region(code: &CodeObject, header: u32) -> (u32, u32) {
    let end = code
        .instrs
        .iter()
        .enumerate()
        .filter_map(|(pc, i)| match *i {
            Instr::Jump { target } if target == header && pc as u32 >= header => Some(pc as u32),
            _ => None,
        })
        .max()
        .unwrap_or(header);
    (header, end)
}

/// A speculation that failed too often, so the next compilation does without it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Site {
    /// The type guards of the instruction at this pc.
    Instr(u32),
    /// The type a loop header at this pc speculates for this register.
    Header(u32, Reg),
}

/// What one instruction does to register types, and how it is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    /// Inline code that needs no guard and no helper (or a helper that cannot run
    /// Python code or collect garbage).
    Inline,
    /// Numbers: guard (or know) the operand types, compute inline.
    Num(Num),
    /// Int arithmetic that wraps around in 64 bits (see [`Analysis::wraps`]).
    Wrap,
    Item(Item),
    Iter(Iter),
    /// `recv.append(x)` on a list (from the inline cache).
    Append,
    /// `recv.pop()` on a list (from the inline cache).
    ListPop,
    /// `recv.get(key[, default])` on a dict (from the inline cache).
    DictGet,
    /// `UnpackSeq` of a tuple or list (guarded).
    Unpack(Ty),
    /// `in` / `not in` on a dict (guarded).
    ContainsDict,
    /// The interpreter executes it (through a helper).
    Step,
    /// Leaves compiled code (return, yield).
    Exit,
}

/// Everything the code generator needs to know about a code object.
pub struct Analysis {
    pub nregs: usize,
    /// Entry pcs: 0 and every loop header.
    pub entries: Vec<u32>,
    pub headers: HashSet<u32>,
    /// Per loop header: the registers live there that nothing in the loop writes.
    /// Entering the loop writes back those that are dirty, so that exits and helper
    /// calls inside the loop do not (see [`Analysis::clean_on_entry`]).
    pub invariant: HashMap<u32, RegSet>,
    /// Whether a block starts at each pc.
    pub leader: Vec<bool>,
    /// Which registers are live where (the same for every compilation of the code).
    pub live: Rc<Liveness>,
    /// Types at the start of each reachable block (None: unreachable).
    pub block_types: Vec<Option<Vec<Ty>>>,
    /// The registers whose frame slot may be out of date ("dirty") at the start of
    /// each reachable block: compiled code changed them since it last loaded or
    /// spilled them. Only those are written back at exits and helper calls.
    pub block_dirty: Vec<Option<RegSet>>,
}

/// Which registers are live where in a code object: it depends on the code alone, so
/// the backend computes it once per code object, for all its compilations.
pub struct Liveness {
    /// Per pc: registers live before it (including what an exception handler that
    /// covers it reads), and after it.
    pub live_in: Vec<RegSet>,
    pub live_out: Vec<RegSet>,
    /// Per pc: what its handlers read if it raises (to be in the frame at a helper).
    pub exc_live: Vec<RegSet>,
}

impl Liveness {
    /// Backward liveness to a fixpoint. An exception at pc goes to the handler that
    /// covers it, before pc's own writes: what the handler reads is live before pc.
    /// A `yield` resumes at the next pc.
    pub fn of(code: &CodeObject, codes: &[CodeObject]) -> Liveness {
        let n = code.instrs.len();
        let nregs = code.nregs as usize;
        let mut l = Liveness {
            live_in: vec![RegSet::new(nregs); n],
            live_out: vec![RegSet::new(nregs); n],
            exc_live: vec![RegSet::new(nregs); n],
        };
        let uses: Vec<Vec<Reg>> = code.instrs.iter().map(|i| uses(i, codes)).collect();
        let defs: Vec<Vec<Reg>> = code.instrs.iter().map(defs).collect();
        let succs: Vec<Vec<usize>> = code
            .instrs
            .iter()
            .enumerate()
            .map(|(pc, instr)| {
                let mut succ = successors(pc, instr);
                if matches!(instr, Instr::Yield { .. }) {
                    succ.push(pc + 1);
                }
                succ.retain(|&s| s < n);
                succ
            })
            .collect();
        // The fixpoint loop allocates nothing: these are overwritten per pc.
        let (mut out, mut exc, mut live) =
            (RegSet::new(nregs), RegSet::new(nregs), RegSet::new(nregs));
        loop {
            let mut changed = false;
            for pc in (0..n).rev() {
                let instr = &code.instrs[pc];
                out.clear();
                for &s in &succs[pc] {
                    out.union_with(&l.live_in[s]);
                }
                exc.clear();
                for h in &code.handlers {
                    if (h.start as usize..h.end as usize).contains(&pc) {
                        exc.union_without(&l.live_in[h.target as usize], h.exc_reg);
                    }
                }
                live.clone_from(&out);
                for &d in &defs[pc] {
                    live.remove(d);
                }
                // A `ForIter` writes its `dst` on the edge into the loop body only:
                // what the body reads of it comes from here, not from around the loop.
                if let Instr::ForIter { dst, target, .. } = *instr {
                    if let Some(body) = l.live_in.get(pc + 1) {
                        live.clone_from(body);
                    }
                    live.remove(dst);
                    if let Some(after) = l.live_in.get(target as usize) {
                        live.union_with(after);
                    }
                }
                for &u in &uses[pc] {
                    if (u as usize) < nregs {
                        live.insert(u);
                    }
                }
                live.union_with(&exc);
                changed |= !l.live_out[pc].same(&out) || !l.live_in[pc].same(&live);
                l.live_out[pc].clone_from(&out);
                l.live_in[pc].clone_from(&live);
                l.exc_live[pc].clone_from(&exc);
            }
            if !changed {
                break;
            }
        }
        l
    }
}

/// `CallMethod`'s inline-cache values for the methods compiled inline.
pub struct MethodCaches {
    pub list_append: u32,
    pub list_pop: u32,
    pub dict_get: u32,
}

impl MethodCaches {
    pub fn new() -> MethodCaches {
        use crate::interp::method_cache;
        use crate::interp::types::BuiltinType::{Dict, List};
        MethodCaches {
            list_append: method_cache(List, "append"),
            list_pop: method_cache(List, "pop"),
            dict_get: method_cache(Dict, "get"),
        }
    }
}

/// What [`Analysis::transfer`] needs besides the code object.
pub struct Context<'a> {
    pub code: &'a CodeObject,
    pub codes: &'a [CodeObject],
    pub despecialized: &'a HashSet<Site>,
    /// Whether feedback may be used at all (a code object's first compilation in
    /// mode `eager` has none worth having).
    pub speculate: bool,
    /// The inline-cache values of the methods compiled inline.
    pub caches: MethodCaches,
    /// Compile only the pcs `start..=end` (a loop region, entered at `start`); leaving
    /// them exits to the interpreter.
    pub region: Option<(u32, u32)>,
    /// The globals' values now, and per slot whether it keeps its value for good
    /// once bound (`GlobalFacts::fixed` in `jit/tiering.rs`).
    pub global_values: &'a [Value],
    pub fixed_globals: &'a [bool],
}

impl Context<'_> {
    /// Whether `pc` is compiled (inside the region, if any).
    pub fn in_region(&self, pc: usize) -> bool {
        self.region
            .is_none_or(|(start, end)| (start as usize..=end as usize).contains(&pc))
    }

    /// The value global `slot` holds for good, if it is bound and keeps its value.
    pub fn fixed_global(&self, slot: u16) -> Option<Value> {
        let v = *self.global_values.get(slot as usize)?;
        (self.fixed_globals.get(slot as usize) == Some(&true) && !v.is_unbound()).then_some(v)
    }
}

impl Context<'_> {
    fn site(&self, pc: usize) -> types::SiteFeedback {
        let despecialized = !self.speculate || self.despecialized.contains(&Site::Instr(pc as u32));
        types::SiteFeedback {
            feedback: if despecialized {
                0
            } else {
                self.code.feedback[pc].get()
            },
            despecialized,
        }
    }
}

/// The types after an instruction, on each outgoing edge.
pub struct Out {
    pub plan: Plan,
    /// Types on the fall-through edge (also the branch edge unless `taken` is set).
    pub types: Vec<Ty>,
    /// For `ForIter`: the types on the exhausted edge (its `dst` is not written).
    pub taken: Option<Vec<Ty>>,
}

impl Analysis {
    /// The analysis of `cx` (the backend passes liveness it has already).
    #[cfg(test)]
    pub fn new(cx: &Context) -> Analysis {
        Analysis::with_liveness(cx, Rc::new(Liveness::of(cx.code, cx.codes)))
    }

    /// The analysis of `cx`, whose code's liveness is `live`.
    pub fn with_liveness(cx: &Context, live: Rc<Liveness>) -> Analysis {
        let code = cx.code;
        let n = code.instrs.len();
        let nregs = code.nregs as usize;
        // Entries: the start, loop headers (on-stack replacement), exception
        // handlers (the interpreter unwinds to a handler, then enters compiled code
        // there rather than running the rest of the code itself) and the `yield
        // from`s a generator resumes at.
        let handlers = code
            .handlers
            .iter()
            .map(|h| h.target)
            .chain(yield_froms(code));
        let mut entries: Vec<u32> = match cx.region {
            None => std::iter::once(0)
                .chain(loop_headers(code))
                .chain(handlers)
                .collect(),
            Some((start, end)) => loop_headers(code)
                .chain(handlers)
                .filter(|&h| (start..=end).contains(&h))
                .collect(),
        };
        entries.sort_unstable();
        entries.dedup();
        let headers: HashSet<u32> = loop_headers(code).collect();

        let mut leader = vec![false; n];
        for &e in &entries {
            leader[e as usize] = true;
        }
        for (pc, instr) in code.instrs.iter().enumerate() {
            let succ = successors(pc, instr);
            if succ.len() == 1 && succ[0] == pc + 1 {
                continue;
            }
            for s in succ {
                if s < n {
                    leader[s] = true;
                }
            }
            if pc + 1 < n {
                leader[pc + 1] = true;
            }
        }

        let mut a = Analysis {
            nregs,
            entries,
            headers,
            invariant: HashMap::new(),
            leader,
            live,
            block_types: vec![None; n],
            block_dirty: vec![None; n],
        };
        a.invariant = a
            .headers
            .iter()
            .map(|&h| (h, a.loop_invariant(cx, h as usize)))
            .collect();
        a.infer_types(cx);
        a.infer_dirty(cx);
        a
    }

    /// The registers live at loop header `header` that no instruction of the loop
    /// (up to its last back-edge) writes.
    fn loop_invariant(&self, cx: &Context, header: usize) -> RegSet {
        let (_, end) = loop_region(cx.code, header as u32);
        let mut set = self.live.live_in[header].clone();
        for instr in &cx.code.instrs[header..=end as usize] {
            for r in defs(instr) {
                set.remove(r);
            }
            if let Instr::ForIter { dst, .. } = *instr {
                set.remove(dst);
            }
        }
        set
    }

    /// The registers an edge from `from` to `to` writes back if dirty: on entering a
    /// loop (a forward edge into its header), those the loop never changes.
    pub fn clean_on_entry(&self, from: usize, to: usize) -> Option<&RegSet> {
        if to > from {
            self.invariant.get(&(to as u32))
        } else {
            None
        }
    }

    /// What a helper call at `pc` needs in the frame (registers of types `types`):
    /// what the instruction reads, what a handler covering it reads, and every live
    /// value that may be a heap pointer (the GC may run). The code generator spills
    /// exactly this before every helper that may run Python code or collect.
    pub fn helper_spills(&self, cx: &Context, pc: usize, types: &[Ty]) -> RegSet {
        let instr = cx.code.instrs[pc];
        let mut set = self.live.exc_live[pc].clone();
        for u in uses(&instr, cx.codes) {
            set.insert(u);
        }
        // A register the instruction writes needs its old value only if read above.
        // (A `ForIter`'s `dst`, written unless the loop ends, only if read after it.)
        let mut defs = defs(&instr);
        if let Instr::ForIter { dst, target, .. } = instr {
            if !self.live.live_in[target as usize].contains(dst) {
                defs.push(dst);
            }
        }
        for r in self.live.live_out[pc].iter() {
            if types[r as usize].may_be_pointer() && !defs.contains(&r) {
                set.insert(r);
            }
        }
        set
    }

    /// The dirty registers after the instruction at `pc` (see `block_dirty`), given
    /// those before, its types before and how it is compiled. An instruction run by
    /// a helper on every path (`Plan::Step`) spills first and its results are
    /// reloaded: those become clean. Anything an inline path computes is dirty.
    pub fn dirty_after(
        &self,
        cx: &Context,
        pc: usize,
        types: &[Ty],
        plan: Plan,
        dirty: &RegSet,
    ) -> RegSet {
        let instr = cx.code.instrs[pc];
        let mut d = dirty.clone();
        match (plan, instr) {
            (Plan::Step, Instr::Call { dst, .. }) => {
                // An inline call leaves its result in a machine register only.
                d.subtract(&self.helper_spills(cx, pc, types));
                d.insert(dst);
            }
            (Plan::Step, _) => {
                d.subtract(&self.helper_spills(cx, pc, types));
                for r in defs(&instr) {
                    d.remove(r);
                }
                if let Some(from) = clobbered_from(&instr) {
                    for r in from as usize..self.nregs {
                        d.remove(r as Reg);
                    }
                }
            }
            (_, Instr::ForIter { dst, .. }) => d.insert(dst),
            _ => {
                for r in defs(&instr) {
                    d.insert(r);
                }
            }
        }
        d.intersect(&self.live.live_out[pc]);
        d
    }

    /// Forward dataflow of dirty registers over the typed blocks (a union at merges;
    /// every entry starts with the frame up to date).
    fn infer_dirty(&mut self, cx: &Context) {
        let n = cx.code.instrs.len();
        let mut work: Vec<usize> = Vec::new();
        for &e in &self.entries {
            self.block_dirty[e as usize] = Some(RegSet::new(self.nregs));
            work.push(e as usize);
        }
        while let Some(start) = work.pop() {
            let (Some(mut types), Some(mut dirty)) = (
                self.block_types[start].clone(),
                self.block_dirty[start].clone(),
            ) else {
                continue;
            };
            let mut pc = start;
            loop {
                let instr = cx.code.instrs[pc];
                let out = self.transfer(cx, pc, &types);
                let after = self.dirty_after(cx, pc, &types, out.plan, &dirty);
                let succ = successors(pc, &instr);
                for &s in &succ {
                    if s < n && self.leader[s] && self.block_types[s].is_some() {
                        let mut incoming = after.clone();
                        incoming.intersect(&self.live.live_in[s]);
                        if let Some(clean) = self.clean_on_entry(pc, s) {
                            incoming.subtract(clean);
                        }
                        let fresh = self.block_dirty[s].is_none();
                        let nregs = self.nregs;
                        let slot = self.block_dirty[s].get_or_insert_with(|| RegSet::new(nregs));
                        if slot.union_with(&incoming) || fresh {
                            work.push(s);
                        }
                    }
                }
                let falls_through = succ.first() == Some(&(pc + 1));
                if !falls_through || pc + 1 >= n || self.leader[pc + 1] || !cx.in_region(pc + 1) {
                    break;
                }
                types = out.types;
                dirty = after;
                pc += 1;
            }
        }
    }

    /// Forward type inference over blocks to a fixpoint (see the module docs).
    fn infer_types(&mut self, cx: &Context) {
        let n = cx.code.instrs.len();
        let mut work: Vec<usize> = Vec::new();
        for e in self.entries.clone() {
            let any = vec![Ty::Any; self.nregs];
            if self.merge_into(cx, e as usize, &any, true) {
                work.push(e as usize);
            }
        }
        while let Some(start) = work.pop() {
            let Some(mut types) = self.block_types[start].clone() else {
                continue;
            };
            let mut pc = start;
            loop {
                let instr = cx.code.instrs[pc];
                let out = self.transfer(cx, pc, &types);
                let succ = successors(pc, &instr);
                for (i, &s) in succ.iter().enumerate() {
                    if s >= n {
                        continue;
                    }
                    let t = match (&out.taken, i) {
                        (Some(taken), 1) => taken,
                        _ => &out.types,
                    };
                    if self.leader[s] && cx.in_region(s) {
                        let forward = s > pc;
                        if self.merge_into(cx, s, t, forward) {
                            work.push(s);
                        }
                    }
                }
                let falls_through = succ.first() == Some(&(pc + 1));
                if !falls_through || pc + 1 >= n || self.leader[pc + 1] || !cx.in_region(pc + 1) {
                    break;
                }
                types = out.types;
                pc += 1;
            }
        }
        // A speculated type that nothing ever contributed is unknown.
        for types in self.block_types.iter_mut().flatten() {
            for t in types.iter_mut() {
                if *t == Ty::Pending {
                    *t = Ty::Any;
                }
            }
        }
    }

    /// Joins `incoming` into the types at block `pc`; returns whether they changed.
    /// A forward edge into a loop header does not make a register unknown there (the
    /// header may speculate on it, guarded on that edge), unless that speculation
    /// failed before.
    fn merge_into(&mut self, cx: &Context, pc: usize, incoming: &[Ty], forward: bool) -> bool {
        let header = self.headers.contains(&(pc as u32));
        let live = &self.live.live_in[pc];
        let nregs = self.nregs;
        let slot = &mut self.block_types[pc];
        let old = slot.clone();
        let cur = slot.get_or_insert_with(|| vec![Ty::Pending; nregs]);
        for r in 0..nregs {
            if !live.contains(r as Reg) {
                cur[r] = Ty::Any;
                continue;
            }
            let mut t = incoming[r];
            if header
                && forward
                && t == Ty::Any
                && cx.speculate
                && !cx
                    .despecialized
                    .contains(&Site::Header(pc as u32, r as Reg))
            {
                t = Ty::Pending;
            }
            cur[r] = cur[r].join(t);
        }
        old.as_ref() != Some(cur)
    }

    /// The effect of the instruction at `pc` on register types, and how it is compiled.
    pub fn transfer(&self, cx: &Context, pc: usize, before: &[Ty]) -> Out {
        use Instr::*;
        let instr = cx.code.instrs[pc];
        let mut t = before.to_vec();
        let site = cx.site(pc);
        // Pending (a speculated header type not yet known) behaves as unknown.
        let ty = |r: Reg| match before[r as usize] {
            Ty::Pending => Ty::Any,
            x => x,
        };
        let mut taken = None;
        let plan = match instr {
            _ if self.wraps(cx, pc, before) => {
                let (op, dst, ..) = wrap_operands(&instr).expect("an int operation");
                t[dst as usize] = if op == BinaryOp::BitAnd {
                    Ty::Int
                } else {
                    Ty::Wrapped
                };
                Plan::Wrap
            }
            Move { dst, src } => {
                t[dst as usize] = t[src as usize];
                Plan::Inline
            }
            LoadConst { dst, k } => {
                t[dst as usize] = Ty::of_const(cx.code.consts[k as usize]);
                Plan::Inline
            }
            LoadInt { dst, .. } => {
                t[dst as usize] = Ty::Int;
                Plan::Inline
            }
            LoadGlobal { dst, slot } => {
                t[dst as usize] = cx.fixed_global(slot).map_or(Ty::Any, Ty::of_value);
                Plan::Inline
            }
            StoreGlobal { .. } | Nop => Plan::Inline,
            Add { dst, a, b }
            | Sub { dst, a, b }
            | Mul { dst, a, b }
            | TrueDiv { dst, a, b }
            | FloorDiv { dst, a, b }
            | Mod { dst, a, b }
            | Pow { dst, a, b }
            | LShift { dst, a, b }
            | RShift { dst, a, b }
            | BitAnd { dst, a, b }
            | BitOr { dst, a, b }
            | BitXor { dst, a, b } => {
                let op = types::binary_op(&instr).expect("a binary operator");
                self.binary(&mut t, op, dst, a, Some(b), ty(a), ty(b), site)
            }
            Inplace { dst, a, b, op } if op != BinaryOp::Pow => {
                self.binary(&mut t, op, dst, a, Some(b), ty(a), ty(b), site)
            }
            AddInt { dst, a, .. } | SubInt { dst, a, .. } => {
                let op = types::binary_op(&instr).expect("a binary operator");
                self.binary(&mut t, op, dst, a, None, ty(a), Ty::Int, site)
            }
            Eq { dst, a, b }
            | Ne { dst, a, b }
            | Lt { dst, a, b }
            | Le { dst, a, b }
            | Gt { dst, a, b }
            | Ge { dst, a, b } => {
                let n = types::compare(ty(a), ty(b), site);
                refine_num(&mut t, n, a, b, ty(a), ty(b), site);
                t[dst as usize] = if n == Num::Generic { Ty::Any } else { Ty::Bool };
                Plan::Num(n)
            }
            BranchCompare { a, b, .. } => {
                let n = types::compare(ty(a), ty(b), site);
                refine_num(&mut t, n, a, b, ty(a), ty(b), site);
                Plan::Num(n)
            }
            Neg { dst, src } => {
                let n = types::unary(ty(src), site);
                match n {
                    Num::Int => t[src as usize] = Ty::Int,
                    Num::Float => t[src as usize] = Ty::Float,
                    Num::Str | Num::Generic => {}
                }
                t[dst as usize] = n.result(false);
                Plan::Num(n)
            }
            Pos { dst, src } | Invert { dst, src } => {
                let known = ty(src);
                let inline =
                    known == Ty::Int || (known == Ty::Float && matches!(instr, Pos { .. }));
                t[dst as usize] = if inline { known } else { Ty::Any };
                if inline {
                    Plan::Inline
                } else {
                    Plan::Step
                }
            }
            Not { dst, .. } | Is { dst, .. } | IsNot { dst, .. } => {
                t[dst as usize] = Ty::Bool;
                Plan::Inline
            }
            In { dst, b, .. } | NotIn { dst, b, .. } if types::contains_dict(ty(b), site) => {
                t[b as usize] = Ty::Dict;
                t[dst as usize] = Ty::Bool;
                Plan::ContainsDict
            }
            In { dst, .. } | NotIn { dst, .. } | ExceptMatch { dst, .. } => {
                t[dst as usize] = Ty::Bool;
                Plan::Step
            }
            UnpackSeq { dst, src, count } if types::unpack(ty(src), site).is_some() => {
                let kind = types::unpack(ty(src), site).expect("checked");
                t[src as usize] = kind;
                for r in dst..dst + count {
                    t[r as usize] = Ty::Any;
                }
                Plan::Unpack(kind)
            }
            Jump { .. } | JumpIfFalse { .. } | JumpIfTrue { .. } => Plan::Inline,
            GetItem { dst, obj, key } => {
                let item = types::item(ty(obj), ty(key), site);
                match item {
                    Item::Seq(kind) => {
                        t[obj as usize] = kind;
                        t[key as usize] = Ty::Int;
                    }
                    Item::Str => {
                        t[obj as usize] = Ty::Str;
                        t[key as usize] = Ty::Int;
                    }
                    Item::Dict => t[obj as usize] = Ty::Dict,
                    Item::Generic => {}
                }
                t[dst as usize] = Ty::Any;
                Plan::Item(item)
            }
            SetItem { obj, key, .. } => {
                let item = types::item(ty(obj), ty(key), site);
                match item {
                    // Tuples are immutable: the interpreter raises.
                    Item::Seq(Ty::List) => {
                        t[obj as usize] = Ty::List;
                        t[key as usize] = Ty::Int;
                        Plan::Item(item)
                    }
                    Item::Seq(_) | Item::Str => Plan::Item(Item::Generic),
                    Item::Dict => {
                        t[obj as usize] = Ty::Dict;
                        Plan::Item(item)
                    }
                    Item::Generic => Plan::Item(item),
                }
            }
            ForIter { dst, iter, .. } => {
                let it = types::for_iter(ty(iter), site);
                match it {
                    Iter::Range => t[iter as usize] = Ty::RangeIter,
                    Iter::Seq => t[iter as usize] = Ty::SeqIter,
                    Iter::Generic => {}
                }
                taken = Some(t.clone());
                t[dst as usize] = if it == Iter::Range { Ty::Int } else { Ty::Any };
                Plan::Iter(it)
            }
            CallMethod {
                dst, recv, argc, ..
            } if !site.despecialized && self.method_plan(cx, pc, argc, ty(recv)).is_some() => {
                let (plan, kind) = self.method_plan(cx, pc, argc, ty(recv)).expect("checked");
                t[recv as usize] = kind;
                t[dst as usize] = Ty::Any;
                plan
            }
            // The compiler appends only to the list a comprehension builds: a guard
            // that never fails makes it known.
            ListAppend { list, .. } if matches!(ty(list), Ty::List | Ty::Any) => {
                t[list as usize] = Ty::List;
                Plan::Append
            }
            Return { .. } | Yield { .. } => Plan::Exit,
            _ => {
                if let Some(from) = clobbered_from(&instr) {
                    t[from as usize..].fill(Ty::Any);
                }
                for d in defs(&instr) {
                    t[d as usize] = Ty::Any;
                }
                match instr {
                    BuildList { dst, .. } => t[dst as usize] = Ty::List,
                    BuildTuple { dst, .. } | ListToTuple { dst, .. } => t[dst as usize] = Ty::Tuple,
                    BuildDict { dst, .. } => t[dst as usize] = Ty::Dict,
                    BuildString { dst, .. } | FormatValue { dst, .. } => t[dst as usize] = Ty::Str,
                    _ => {}
                }
                Plan::Step
            }
        };
        // Registers that are dead afterwards carry no type.
        let n = cx.code.instrs.len();
        if pc + 1 < n {
            for r in 0..self.nregs {
                if !self.live.live_out[pc].contains(r as Reg) {
                    t[r] = Ty::Any;
                    if let Some(tk) = taken.as_mut() {
                        tk[r] = Ty::Any;
                    }
                }
            }
        }
        Out {
            plan,
            types: t,
            taken,
        }
    }

    /// Whether the instruction at `pc` (types `before`) is compiled as wrapping int
    /// arithmetic, as in `(seed * 1103515245 + 12345) & 0x7FFFFFFF`.
    ///
    /// `x & m` for a constant `0 <= m < 2**47` depends only on `x mod 2**64` (Python's
    /// ints behave as infinite two's complement under `&`), and so do sums, differences
    /// and products of operands taken mod 2**64. So an int `+`, `-` or `*` of known ints
    /// whose result is read at once, and only, by another such operation or by such a
    /// mask may wrap around in 64 bits instead of checking for overflow: no big int is
    /// made, no guard can fail, and the mask makes the result exact again. Such a
    /// result has type [`Ty::Wrapped`] and is never boxed: between it and its one
    /// reader there are only `LoadInt`s, which cannot leave compiled code.
    pub fn wraps(&self, cx: &Context, pc: usize, before: &[Ty]) -> bool {
        let Some((op, _, a, b)) = wrap_operands(&cx.code.instrs[pc]) else {
            return false;
        };
        let ty = |r: Option<Reg>| r.map_or(Ty::Int, |r| before[r as usize]);
        let (ta, tb) = (ty(Some(a)), ty(b));
        if op == BinaryOp::BitAnd {
            let b = b.expect("BitAnd reads two registers");
            return (ta == Ty::Wrapped && self.is_mask(cx, pc, b))
                || (tb == Ty::Wrapped && self.is_mask(cx, pc, a));
        }
        let word = |t: Ty| matches!(t, Ty::Int | Ty::Wrapped);
        if !word(ta) || !word(tb) {
            return false;
        }
        // With a wrapped operand this may be the question whether the operation
        // producing it may wrap (`wrapped_result_consumed`): no, unless this one
        // wraps too. (Code generation never boxes a wrapped int: see `boxed`.)
        self.wrapped_result_consumed(cx, pc, before)
    }

    /// Whether the result of the `+`, `-` or `*` at `pc`, wrapped, is read only by the
    /// next instruction that touches its register, in the same block with only
    /// `LoadInt`s between, and that instruction wraps too (see [`Analysis::wraps`]).
    fn wrapped_result_consumed(&self, cx: &Context, pc: usize, before: &[Ty]) -> bool {
        let code = cx.code;
        let (_, d, _, _) = wrap_operands(&code.instrs[pc]).expect("an int operation");
        // Named registers may be read anywhere (a handler, a traceback's locals).
        if d < code.named_regs {
            return false;
        }
        let mut t = before.to_vec();
        t[d as usize] = Ty::Wrapped;
        for j in pc + 1..code.instrs.len() {
            if self.leader[j] || !cx.in_region(j) {
                return false;
            }
            let instr = code.instrs[j];
            if let Instr::LoadInt { dst, .. } = instr {
                if dst == d {
                    return false;
                }
                t[dst as usize] = Ty::Int;
                continue;
            }
            let reads = uses(&instr, cx.codes).contains(&d);
            let kept = self.live.live_out[j].contains(d) && !defs(&instr).contains(&d);
            return reads && !kept && self.wraps(cx, j, &t);
        }
        false
    }

    /// Whether register `r`, read at `pc`, holds a constant `0 <= m < 2**47` put there
    /// in the same block.
    fn is_mask(&self, cx: &Context, pc: usize, r: Reg) -> bool {
        for k in (0..pc).rev() {
            let instr = cx.code.instrs[k];
            if defs(&instr).contains(&r) {
                let m = match instr {
                    Instr::LoadInt { value, .. } => value as i64,
                    Instr::LoadConst { k, .. } if cx.code.consts[k as usize].is_small_int() => {
                        cx.code.consts[k as usize].as_small_int()
                    }
                    _ => return false,
                };
                return (0..1 << 47).contains(&m);
            }
            if self.leader[k] {
                return false;
            }
        }
        false
    }

    /// The inline plan of a method call from its inline cache, with the receiver's
    /// type it guards. (Code CPython has not specialized yet calls these methods as C
    /// functions, which checks a recursion level: the inline code then checks there
    /// is room for it, see `Translator::c_level_room`.)
    fn method_plan(&self, cx: &Context, pc: usize, argc: u16, recv: Ty) -> Option<(Plan, Ty)> {
        let cache = cx.code.inline_caches[pc].get();
        let c = &cx.caches;
        let (plan, kind) = match argc {
            1 if cache == c.list_append => (Plan::Append, Ty::List),
            0 if cache == c.list_pop => (Plan::ListPop, Ty::List),
            1 | 2 if cache == c.dict_get => (Plan::DictGet, Ty::Dict),
            _ => return None,
        };
        (recv == kind || recv == Ty::Any).then_some((plan, kind))
    }

    #[allow(clippy::too_many_arguments)]
    fn binary(
        &self,
        t: &mut [Ty],
        op: BinaryOp,
        dst: Reg,
        a: Reg,
        b: Option<Reg>,
        ta: Ty,
        tb: Ty,
        site: types::SiteFeedback,
    ) -> Plan {
        let n = types::binary(op, ta, tb, site);
        refine_num(t, n, a, b.unwrap_or(NO_REG), ta, tb, site);
        t[dst as usize] = match n {
            // `str + str`
            Num::Str => Ty::Str,
            _ => n.result(op == BinaryOp::TrueDiv),
        };
        Plan::Num(n)
    }
}

/// The operator, destination and operands of an instruction that may wrap (see
/// [`Analysis::wraps`]); `None` for an immediate operand.
pub fn wrap_operands(instr: &Instr) -> Option<(BinaryOp, Reg, Reg, Option<Reg>)> {
    Some(match *instr {
        Instr::Add { dst, a, b } => (BinaryOp::Add, dst, a, Some(b)),
        Instr::Sub { dst, a, b } => (BinaryOp::Sub, dst, a, Some(b)),
        Instr::Mul { dst, a, b } => (BinaryOp::Mul, dst, a, Some(b)),
        Instr::BitAnd { dst, a, b } => (BinaryOp::BitAnd, dst, a, Some(b)),
        Instr::AddInt { dst, a, .. } => (BinaryOp::Add, dst, a, None),
        Instr::SubInt { dst, a, .. } => (BinaryOp::Sub, dst, a, None),
        _ => return None,
    })
}

/// After a `Num::Int` or `Num::Float` guard passed, its operands have the types it
/// checked (`b` may be `NO_REG` for an immediate).
fn refine_num(t: &mut [Ty], n: Num, a: Reg, b: Reg, ta: Ty, tb: Ty, site: types::SiteFeedback) {
    let (ga, gb) = types::operand_guesses(ta, tb, site);
    match n {
        Num::Int => {
            t[a as usize] = Ty::Int;
            if b != NO_REG {
                t[b as usize] = Ty::Int;
            }
        }
        Num::Float | Num::Str => {
            t[a as usize] = ga;
            if b != NO_REG {
                t[b as usize] = gb;
            }
        }
        Num::Generic => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plan of every instruction reachable in code without feedback.
    fn plans(code: &CodeObject) -> Vec<Option<Plan>> {
        let despecialized = HashSet::new();
        let codes = std::slice::from_ref(code);
        let cx = Context {
            code,
            codes,
            despecialized: &despecialized,
            speculate: false,
            caches: MethodCaches::new(),
            region: None,
            global_values: &[],
            fixed_globals: &[],
        };
        let an = Analysis::new(&cx);
        let mut types: Option<Vec<Ty>> = None;
        (0..code.instrs.len())
            .map(|pc| {
                if an.leader[pc] {
                    types = an.block_types[pc].clone();
                }
                let out = an.transfer(&cx, pc, types.as_ref()?);
                let plan = out.plan;
                types = Some(out.types);
                Some(plan)
            })
            .collect()
    }

    #[test]
    fn masked_int_arithmetic_wraps_only_through_temporaries_into_a_constant_mask() {
        let code = crate::jit::code_of(
            "def f(n):\n    s = 1\n    \
             s = (s * 1103515245 + 12345) & 0x7FFFFFFF\n    \
             t = s * 1103515245\n    u = 0xFF & (s - 7 * s)\n    \
             v = (s * 3) & n\n    return s\n",
            "f",
        );
        let plans = plans(&code);
        let line_plans = |line: u32, pick: fn(&Instr) -> bool| -> Vec<Option<Plan>> {
            (0..code.instrs.len())
                .filter(|&pc| code.lines[pc] == line && pick(&code.instrs[pc]))
                .map(|pc| plans[pc])
                .collect()
        };
        let arith = |i: &Instr| wrap_operands(i).is_some();
        // `(s * C + D) & M`: all three wrap.
        assert_eq!(line_plans(3, arith), vec![Some(Plan::Wrap); 3]);
        // A named product does not wrap; a mask on the left does.
        assert!(!line_plans(4, arith).contains(&Some(Plan::Wrap)));
        assert_eq!(line_plans(5, arith), vec![Some(Plan::Wrap); 3]);
        // A mask that is not a constant: no wrapping.
        assert!(!line_plans(6, arith).contains(&Some(Plan::Wrap)));
    }

    #[test]
    fn a_for_loops_item_register_is_live_from_its_for_iter_only() {
        let code = crate::jit::code_of(
            "def f(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\n",
            "f",
        );
        let despecialized = HashSet::new();
        let cx = Context {
            code: &code,
            codes: std::slice::from_ref(&code),
            despecialized: &despecialized,
            speculate: false,
            caches: MethodCaches::new(),
            region: None,
            global_values: &[],
            fixed_globals: &[],
        };
        let an = Analysis::new(&cx);
        let (pc, dst) = code
            .instrs
            .iter()
            .enumerate()
            .find_map(|(pc, i)| match *i {
                Instr::ForIter { dst, .. } => Some((pc, dst)),
                _ => None,
            })
            .expect("a ForIter");
        // Written on the way into the body, not carried around the loop: exits and
        // helper calls in the body do not write it back.
        assert!(an.live.live_out[pc].contains(dst));
        assert!(!an.live.live_in[pc].contains(dst));
        let types = vec![Ty::Any; an.nregs];
        assert!(!an.helper_spills(&cx, pc, &types).contains(dst));
    }
}
