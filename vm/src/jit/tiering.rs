//! Tiering: when a code object, or one loop of it, is compiled, and compiled again.
//!
//! Mode `on` interprets a code object until it has been called `threshold` times,
//! then compiles it whole (entries at pc 0 and every loop header). A loop that takes
//! `threshold` back-edges in code not compiled whole (a module, a function called
//! once) is compiled on its own: a *loop region*, the loop's pcs only, entered at its
//! header, leaving to the interpreter where the loop ends. Modes `eager` and `stress`
//! compile every code object whole at its first call, without feedback: that
//! *baseline* code records feedback itself and is compiled again with it at its
//! [`TIER_UP_CALLS`]th call or after [`TIER_UP_BACK_EDGES`] loop iterations.
//!
//! Code compiled before parts of it ran asks to be compiled again ("tier-up") once
//! those parts have run; a speculation that fails [`DESPECIALIZE_AFTER`] times gets
//! the code compiled again without it.

use super::analysis::{self, loop_region, Site};
use super::codegen::{self, EntryTypes};
use super::exit::DeoptReason;
use super::{CompiledFn, Mode};
use super::{
    DESPECIALIZE_AFTER, MAX_TIER_UPS, TIER_UP_BACK_EDGES, TIER_UP_CALLS, TIER_UP_IDLE_BACK_EDGES,
};
use crate::bytecode::{CodeKind, CodeObject, Instr};
use crate::runtime::value::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Duration;

/// Which compiled code of a code object: the whole of it, or the loop region at a
/// header pc.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Function,
    Loop(u32),
}

/// A compiled code object or loop region.
struct Compiled {
    func: CompiledFn,
    /// Sorted entry pcs.
    entries: Box<[u32]>,
    /// The types each entry needs (see `codegen::Compiled::entry_types`).
    entry_types: Box<[Option<EntryTypes>]>,
    /// Compiled without feedback (modes `eager` and `stress`).
    baseline: bool,
    /// Calls so far (for the tier-up of baseline code).
    calls: u32,
    /// Recompilations asked for by this code's tier-up countdown, and countdowns in a
    /// row that found no new feedback.
    tier_ups: u32,
    idle_tier_ups: u32,
    /// Sites without feedback when it was compiled.
    unfed_at_compile: usize,
}

/// Where to enter compiled code: the code, its unit, and the types the entry needs
/// (`None`: nothing to check, or the code checks them itself).
#[derive(Clone)]
pub(super) struct Entry {
    pub func: CompiledFn,
    pub unit: Unit,
    pub types: Option<EntryTypes>,
}

impl Compiled {
    /// Its entry at `pc`, if it has one there.
    fn entry(&self, pc: usize, unit: Unit) -> Option<Entry> {
        let i = self.entries.binary_search(&(pc as u32)).ok()?;
        Some(Entry {
            func: self.func,
            unit,
            types: self.entry_types[i].clone(),
        })
    }
}

enum Tier {
    /// Interpreted; counting calls (or back-edges).
    Counting(u32),
    Compiled(Compiled),
    /// To be compiled again at the next entry (a speculation was dropped).
    Stale,
    /// Cranelift refused it (reported with KRAIT_JIT_DUMP=1).
    Failed,
}

/// Per code object: its compiled code, and what the compiler learnt about it.
struct CodeState {
    /// The whole code object.
    function: Tier,
    /// Loop regions, by header pc (while the whole is not compiled; ordered, so that
    /// which region runs an inner loop is the same in every run).
    loops: BTreeMap<u32, Tier>,
    /// Speculations that failed too often, and failure counts of the others.
    despecialized: HashSet<Site>,
    failures: HashMap<Site, u32>,
    /// The last entry [`Jit::entry_for`] found compiled (pc, code, unit), so that a
    /// loop re-entered over and over (a generator's, resumed per item) is found
    /// without a search; cleared whenever a tier of this code object changes.
    last_entry: Option<(u32, Entry)>,
    /// A hot loop waiting for a loop around it to come round (see
    /// [`NEST_PATIENCE`]): its header and pcs.
    waiting: Option<(u32, (u32, u32))>,
}

/// JIT counters for `--stats`.
#[derive(Default, Debug, Clone)]
pub struct JitStats {
    pub functions_compiled: u64,
    pub loops_compiled: u64,
    /// Compilations Cranelift refused (the code stays interpreted).
    pub compile_failures: u64,
    /// Compilations of code compiled before (tier-ups, dropped speculations).
    pub recompilations: u64,
    /// Speculations dropped after failing too often.
    pub despecialized: u64,
    /// The time of every compilation.
    pub compile_times: Vec<Duration>,
    /// The size of every compilation (in the order of `compile_times`): the number
    /// of Cranelift IR instructions the translation made, which Cranelift's time
    /// follows (`docs/jit.md`); 0 where the translation did not finish.
    pub compile_ir_insts: Vec<u32>,
    pub code_bytes: u64,
    pub deopts: [u64; DeoptReason::ALL.len()],
    pub entries: u64,
    /// Instructions compiled code left to the interpreter (through `helpers::step`),
    /// by opcode; counted with `--stats` only.
    pub stepped: Vec<(u64, Option<Instr>)>,
}

impl JitStats {
    /// The opcodes compiled code stepped most, most first.
    pub fn top_stepped(&self, n: usize) -> Vec<(String, u64)> {
        let mut v: Vec<(String, u64)> = self
            .stepped
            .iter()
            .filter_map(|&(c, i)| i.map(|i| (i.name(), c)))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(n);
        v
    }

    /// Counts a step of `instr` (for `--stats`).
    pub(crate) fn count_step(&mut self, instr: Instr) {
        if self.stepped.is_empty() {
            self.stepped = vec![(0, None); 256];
        }
        let slot = &mut self.stepped[instr.opcode() as usize];
        slot.0 += 1;
        slot.1 = Some(instr);
    }

    pub fn compile_time(&self) -> Duration {
        self.compile_times.iter().sum()
    }

    /// The median compilation time.
    pub fn median_compile_time(&self) -> Duration {
        let mut t = self.compile_times.clone();
        t.sort_unstable();
        t.get(t.len() / 2).copied().unwrap_or_default()
    }
}

pub struct Jit {
    pub mode: Mode,
    threshold: u32,
    states: Vec<CodeState>,
    backend: Option<codegen::Backend>,
    /// The bits of the builtin `len`.
    len_builtin: u64,
    /// Per code object, its optimized whole-function code's address, or 0. Direct
    /// calls in compiled code read it at an address compiled in as a constant: a
    /// boxed slice, never resized, dropped with the code (both belong to the `Jit`).
    entry_table: Box<[usize]>,
    /// Objects compiled code compares against by address (see
    /// `codegen::Compiled::constants`): roots, so no other object takes their place.
    constants: Vec<Value>,
    /// What the program's code says about each global slot (see [`GlobalFacts`]),
    /// found at the first compilation (the code objects never change).
    global_facts: Option<GlobalFacts>,
    pub stats: JitStats,
}

/// The module's globals, by slot: their names, and their values now.
#[derive(Clone, Copy)]
pub struct Globals<'a> {
    pub names: &'a [String],
    pub values: &'a [Value],
}

impl Jit {
    /// The objects compiled code refers to by address (GC roots).
    pub fn constants(&self) -> &[Value] {
        &self.constants
    }

    /// The JIT of a program with `ncodes` code objects.
    pub fn new(mode: Mode, threshold: u32, len_builtin: Value, ncodes: usize) -> Jit {
        Jit {
            mode,
            threshold: threshold.max(1),
            states: Vec::new(),
            backend: None,
            len_builtin: len_builtin.bits(),
            entry_table: vec![0; ncodes].into_boxed_slice(),
            constants: Vec::new(),
            global_facts: None,
            stats: JitStats::default(),
        }
    }

    fn eager(&self) -> bool {
        matches!(self.mode, Mode::Eager | Mode::Stress)
    }

    fn state(&mut self, codes: &[CodeObject], index: usize) -> &mut CodeState {
        if self.states.len() <= index {
            self.states.resize_with(codes.len(), || CodeState {
                function: Tier::Counting(0),
                loops: BTreeMap::new(),
                despecialized: HashSet::new(),
                failures: HashMap::new(),
                last_entry: None,
                waiting: None,
            });
        }
        &mut self.states[index]
    }

    /// The compiled code to enter at `pc` of code `index`, compiling it first if
    /// tiering says so.
    pub(super) fn entry_for(
        &mut self,
        codes: &[CodeObject],
        globals: Globals<'_>,
        index: usize,
        pc: usize,
    ) -> Option<Entry> {
        if let Some(CodeState {
            last_entry: Some((at, entry)),
            ..
        }) = self.states.get(index)
        {
            if *at as usize == pc {
                return Some(entry.clone());
            }
        }
        let eager = self.eager();
        let threshold = self.threshold;
        let state = self.state(codes, index);
        let compile_function = match &mut state.function {
            Tier::Compiled(c) => {
                if pc == 0 && c.baseline {
                    c.calls += 1;
                    c.calls >= TIER_UP_CALLS
                } else {
                    let found = c.entry(pc, Unit::Function);
                    if let Some(entry) = &found {
                        state.last_entry = Some((pc as u32, entry.clone()));
                    }
                    return found;
                }
            }
            Tier::Failed => return None,
            Tier::Stale => true,
            Tier::Counting(calls) => {
                if pc == 0 {
                    *calls += 1;
                    eager || *calls >= threshold
                } else {
                    false
                }
            }
        };
        if compile_function {
            let baseline = eager && matches!(state.function, Tier::Counting(_));
            self.compile(codes, globals, index, Unit::Function, baseline);
            return match &self.states[index].function {
                Tier::Compiled(c) => c.entry(pc, Unit::Function),
                _ => None,
            };
        }
        if pc == 0 {
            return None;
        }
        // A loop of code not compiled whole: a region of its own, or of a loop
        // around it (whose entries are its loop headers and exception handlers).
        let at = pc as u32;
        for (&h, tier) in &state.loops {
            if let Tier::Compiled(c) = tier {
                if let Some(entry) = c.entry(pc, Unit::Loop(h)) {
                    state.last_entry = Some((at, entry.clone()));
                    return Some(entry);
                }
            }
        }
        if !is_loop_header(&codes[index], pc) {
            return None;
        }
        let code = &codes[index];
        let (count, first) = match state.loops.entry(at).or_insert(Tier::Counting(0)) {
            Tier::Counting(n) => {
                *n += 1;
                (*n, true)
            }
            Tier::Stale => (threshold, false),
            Tier::Compiled(_) | Tier::Failed => return None,
        };
        // A loop nest is compiled from its outer loop once that has run all its
        // instructions: a hot inner loop waits, interpreted, for a while, and the
        // loop around it compiles when it comes round.
        let patience = threshold.saturating_mul(NEST_PATIENCE);
        let around_waiting = |w: &Option<(u32, (u32, u32))>| {
            w.is_some_and(|(h, inner)| {
                let r = loop_region(code, at);
                h != at && r.0 <= inner.0 && inner.1 <= r.1
            })
        };
        let hot = eager || count >= threshold || (first && around_waiting(&state.waiting));
        if !hot || (first && !eager && count > threshold && count < patience) {
            return None;
        }
        let header = if first {
            loop_to_compile(code, at, &state.loops)
        } else {
            at
        };
        if first && !eager && count == threshold && encloses_open_loop(code, header, &state.loops) {
            state.waiting = Some((header, loop_region(code, header)));
            return None;
        }
        state.waiting = None;
        self.compile(codes, globals, index, Unit::Loop(header), false);
        match self.states[index].loops.get(&header) {
            // (`pc` is an entry of the region compiled around it; were it not, the
            // code's dispatch would exit at once, `NoEntry`.)
            Some(Tier::Compiled(c)) => c.entry(pc, Unit::Loop(header)).or(Some(Entry {
                func: c.func,
                unit: Unit::Loop(header),
                types: None,
            })),
            _ => None,
        }
    }

    /// The registers that raw-mask `index` (nonzero, from an exit's status) names.
    pub(crate) fn raw_mask(&self, index: u16) -> u64 {
        self.backend
            .as_ref()
            .expect("an exit of compiled code")
            .raw_masks
            .get(index)
    }

    /// Compiles `unit` of code object `index` (again, if it was compiled before).
    fn compile(
        &mut self,
        codes: &[CodeObject],
        globals: Globals<'_>,
        index: usize,
        unit: Unit,
        baseline: bool,
    ) {
        let started = std::time::Instant::now();
        let stress = self.mode == Mode::Stress;
        let backend = self.backend.get_or_insert_with(codegen::Backend::new);
        let facts = self
            .global_facts
            .get_or_insert_with(|| GlobalFacts::of(codes, globals.names));
        let state = &mut self.states[index];
        let old = match unit {
            Unit::Function => &state.function,
            Unit::Loop(h) => state.loops.get(&h).unwrap_or(&Tier::Stale),
        };
        let (recompiling, tier_ups, idle_tier_ups) = match old {
            Tier::Compiled(c) => (true, c.tier_ups, c.idle_tier_ups),
            Tier::Stale => (true, 0, 0),
            _ => (false, 0, 0),
        };
        let region = match unit {
            Unit::Function => None,
            Unit::Loop(h) => Some(loop_region(&codes[index], h)),
        };
        let unfed = unfed_sites(&codes[index], region);
        let options = codegen::Options {
            stress,
            count: backend.count_instructions,
            speculate: !baseline,
            tier_up: baseline || (unfed > 0 && tier_ups < MAX_TIER_UPS),
            region,
        };
        let env = codegen::Env {
            codes,
            global_names: globals.names,
            global_values: globals.values,
            len_builtin: self.len_builtin,
            deleted_globals: &facts.deleted,
            fixed_globals: &facts.fixed,
            despecialized: &state.despecialized,
            entry_table: self.entry_table.as_ptr(),
        };
        // A bug in the translation or in Cranelift must not take the program down
        // (compilation also runs inside helpers called from compiled code, where a
        // panic cannot unwind): the code stays interpreted, counted as a compile
        // failure, which the tests require to be zero across the corpus.
        let compiled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            backend.compile(index, &env, options)
        }))
        .unwrap_or_else(|_| {
            backend.reset();
            Err("the compiler panicked".to_owned())
        });
        let tier = match compiled {
            Ok(c) => {
                self.stats.code_bytes += c.code_bytes as u64;
                self.constants.extend(c.constants);
                if recompiling {
                    self.stats.recompilations += 1;
                } else if unit == Unit::Function {
                    self.stats.functions_compiled += 1;
                } else {
                    self.stats.loops_compiled += 1;
                }
                Tier::Compiled(Compiled {
                    func: c.func,
                    entries: c.entries,
                    entry_types: c.entry_types,
                    baseline,
                    calls: 0,
                    tier_ups,
                    idle_tier_ups,
                    unfed_at_compile: unfed,
                })
            }
            Err(e) => {
                self.stats.compile_failures += 1;
                if codegen::dump_mode() != codegen::Dump::Off {
                    eprintln!("krait: JIT: cannot compile {}: {e}", codes[index].qualname);
                }
                Tier::Failed
            }
        };
        self.stats.compile_times.push(started.elapsed());
        self.stats.compile_ir_insts.push(backend.take_ir_insts());
        self.set_tier(index, unit, tier);
    }

    /// Sets the tier of `unit` of code object `index`, keeping the entry table in step.
    fn set_tier(&mut self, index: usize, unit: Unit, tier: Tier) {
        let state = &mut self.states[index];
        state.last_entry = None;
        match unit {
            Unit::Function => {
                self.entry_table[index] = match &tier {
                    Tier::Compiled(c) if !c.baseline => c.func as usize,
                    _ => 0,
                };
                // The whole code object replaces its loop regions.
                if matches!(tier, Tier::Compiled(_)) {
                    state.loops.clear();
                }
                state.function = tier;
            }
            Unit::Loop(h) => {
                state.loops.insert(h, tier);
            }
        }
    }

    fn compiled(&self, index: usize, unit: Unit) -> Option<&Compiled> {
        let state = self.states.get(index)?;
        let tier = match unit {
            Unit::Function => &state.function,
            Unit::Loop(h) => state.loops.get(&h)?,
        };
        match tier {
            Tier::Compiled(c) => Some(c),
            _ => None,
        }
    }

    /// Back-edges before `unit`'s next tier-up countdown exit.
    pub(super) fn tier_up_period(&self, index: usize, unit: Unit) -> i64 {
        match self.compiled(index, unit) {
            Some(c) if c.baseline => TIER_UP_BACK_EDGES,
            Some(c) => TIER_UP_IDLE_BACK_EDGES << c.idle_tier_ups.min(10),
            None => TIER_UP_IDLE_BACK_EDGES,
        }
    }

    /// The optimized whole-function code of code object `index`, if it has any.
    pub(crate) fn entry0(&self, index: usize) -> Option<CompiledFn> {
        self.compiled(index, Unit::Function)
            .filter(|c| !c.baseline)
            .map(|c| c.func)
    }

    /// `unit` asked to be compiled again with the feedback recorded since: done when
    /// sites that had none have some now (else it asks again later, less and less
    /// often).
    pub(super) fn tier_up(
        &mut self,
        codes: &[CodeObject],
        globals: Globals<'_>,
        index: usize,
        unit: Unit,
    ) {
        let region = match unit {
            Unit::Function => None,
            Unit::Loop(h) => Some(loop_region(&codes[index], h)),
        };
        let unfed = unfed_sites(&codes[index], region);
        let state = &mut self.states[index];
        let tier = match unit {
            Unit::Function => &mut state.function,
            Unit::Loop(h) => match state.loops.get_mut(&h) {
                Some(t) => t,
                None => return,
            },
        };
        let Tier::Compiled(c) = tier else {
            return;
        };
        if !c.baseline {
            if unfed >= c.unfed_at_compile {
                c.idle_tier_ups += 1;
                return;
            }
            c.tier_ups += 1;
            c.idle_tier_ups = 0;
        }
        self.compile(codes, globals, index, unit, false);
    }

    /// A speculation of code `index` failed at `site`: after [`DESPECIALIZE_AFTER`]
    /// failures its compiled code is compiled again without it.
    pub(super) fn misspeculated(&mut self, index: usize, site: Site) {
        let state = &mut self.states[index];
        let n = state.failures.entry(site).or_insert(0);
        *n += 1;
        if *n >= DESPECIALIZE_AFTER && state.despecialized.insert(site) {
            self.stats.despecialized += 1;
            if matches!(state.function, Tier::Compiled(_)) {
                self.set_tier(index, Unit::Function, Tier::Stale);
            }
            let state = &mut self.states[index];
            state.last_entry = None;
            for tier in state.loops.values_mut() {
                if matches!(tier, Tier::Compiled(_)) {
                    *tier = Tier::Stale;
                }
            }
        }
    }

    /// Whether compiled code counts the instructions it executes (for `--stats`).
    pub fn count_instructions(&mut self, on: bool) {
        self.backend
            .get_or_insert_with(codegen::Backend::new)
            .count_instructions = on;
    }
}

/// What the program's code says about its global slots.
struct GlobalFacts {
    /// Whether an instruction deletes the slot (`del` of a global, or the name of a
    /// module-level `except ... as name`). Nothing else unbinds a global, so one
    /// bound when code is compiled stays bound unless this says otherwise.
    deleted: Box<[bool]>,
    /// Whether the slot is never deleted and stored by one instruction of the
    /// module's code outside any loop (as a `def` or `n = int(sys.argv[1])` at the
    /// top level): run once, so once the slot is bound it holds that value for
    /// good. Slots the VM binds before the program runs (`__name__`, see
    /// `Vm::set_global`) have a value before their store, and are left out.
    fixed: Box<[bool]>,
}

impl GlobalFacts {
    fn of(codes: &[CodeObject], names: &[String]) -> GlobalFacts {
        let n = names.len();
        let mut deleted = vec![false; n];
        let mut stores = vec![0u32; n];
        let mut once = vec![false; n];
        for code in codes {
            // The pcs some back-edge jumps over: those run more than once.
            let mut in_loop = vec![false; code.instrs.len()];
            for (pc, instr) in code.instrs.iter().enumerate() {
                for to in analysis::successors(pc, instr) {
                    if to <= pc {
                        in_loop[to..=pc].iter_mut().for_each(|l| *l = true);
                    }
                }
            }
            for (pc, instr) in code.instrs.iter().enumerate() {
                match *instr {
                    Instr::DeleteGlobal { slot } if (slot as usize) < n => {
                        deleted[slot as usize] = true;
                    }
                    Instr::StoreGlobal { slot, .. } if (slot as usize) < n => {
                        stores[slot as usize] += 1;
                        once[slot as usize] = code.kind == CodeKind::Module && !in_loop[pc];
                    }
                    _ => {}
                }
            }
        }
        let fixed = (0..n)
            .map(|s| !deleted[s] && stores[s] == 1 && once[s] && !names[s].starts_with("__"))
            .collect();
        GlobalFacts {
            deleted: deleted.into_boxed_slice(),
            fixed,
        }
    }
}

/// The loop to compile when the loop at `header` gets hot the first time: the
/// outermost loop around it whose instructions have all run (none has less feedback
/// than the hot loop itself), so a loop nest is compiled once rather than once per
/// level as each level gets hot in turn; the hot loop's header is one of its entries.
fn loop_to_compile(code: &CodeObject, header: u32, loops: &BTreeMap<u32, Tier>) -> u32 {
    let inner = loop_region(code, header);
    let inner_unfed = unfed_sites(code, Some(inner));
    let mut best = (header, inner);
    for h in analysis::loop_headers(code) {
        let r = loop_region(code, h);
        let encloses = r.0 <= inner.0 && inner.1 <= r.1;
        if encloses
            && r.1 - r.0 > best.1 .1 - best.1 .0
            && !matches!(loops.get(&h), Some(Tier::Failed | Tier::Compiled(_)))
            && unfed_sites(code, Some(r)) == inner_unfed
        {
            best = (h, r);
        }
    }
    best.0
}

/// How many times the threshold of back-edges a hot loop inside another loop waits,
/// interpreted, for the loop around it to come round (having run all its
/// instructions, so that it compiles the nest once) before it is compiled alone.
const NEST_PATIENCE: u32 = 32;

/// Whether a loop not compiled yet encloses the loop at `header`.
fn encloses_open_loop(code: &CodeObject, header: u32, loops: &BTreeMap<u32, Tier>) -> bool {
    let inner = loop_region(code, header);
    analysis::loop_headers(code).any(|h| {
        let r = loop_region(code, h);
        h != header
            && r.0 <= inner.0
            && inner.1 <= r.1
            && !matches!(loops.get(&h), Some(Tier::Failed | Tier::Compiled(_)))
    })
}

/// How many instructions (of `region`, if given) that specialize on feedback have
/// none: they never ran.
fn unfed_sites(code: &CodeObject, region: Option<(u32, u32)>) -> usize {
    let (start, end) = region.unwrap_or((0, u32::MAX));
    code.instrs
        .iter()
        .zip(&code.feedback)
        .enumerate()
        .filter(|&(pc, (i, f))| {
            (start..=end).contains(&(pc as u32))
                && f.get() == 0
                && matches!(
                    i,
                    Instr::Add { .. }
                        | Instr::Sub { .. }
                        | Instr::Mul { .. }
                        | Instr::Inplace { .. }
                        | Instr::AddInt { .. }
                        | Instr::SubInt { .. }
                        | Instr::Lt { .. }
                        | Instr::Le { .. }
                        | Instr::Gt { .. }
                        | Instr::Ge { .. }
                        | Instr::Eq { .. }
                        | Instr::Ne { .. }
                        | Instr::BranchCompare { .. }
                        | Instr::GetItem { .. }
                        | Instr::SetItem { .. }
                        | Instr::ForIter { .. }
                )
        })
        .count()
}

/// Whether `pc` is the target of a backward `Jump` (a loop header).
fn is_loop_header(code: &CodeObject, pc: usize) -> bool {
    analysis::loop_headers(code).any(|h| h as usize == pc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::code_of;

    /// Gives every instruction (of `region`, if given) some feedback, as if it ran.
    fn feed(code: &CodeObject, region: Option<(u32, u32)>) {
        let (start, end) = region.unwrap_or((0, u32::MAX));
        for (pc, f) in code.feedback.iter().enumerate() {
            if (start..=end).contains(&(pc as u32)) {
                f.set(1);
            }
        }
    }

    const NEST: &str = "
def f(rows, cols):
    total = 0
    for i in range(rows):
        for j in range(cols):
            total += i * j
        if total > 10 ** 9:
            total = total % 7 - 1
    return total
";

    fn headers(code: &CodeObject) -> (u32, u32) {
        let mut hs: Vec<u32> = analysis::loop_headers(code).collect();
        hs.sort_unstable();
        hs.dedup();
        assert_eq!(hs.len(), 2, "two loops");
        (hs[0], hs[1])
    }

    #[test]
    fn a_hot_inner_loop_compiles_the_loop_around_it_when_that_has_all_run() {
        let code = code_of(NEST, "f");
        let (outer, inner) = headers(&code);
        feed(&code, None);
        assert_eq!(loop_to_compile(&code, inner, &BTreeMap::new()), outer);
        // The outer loop is hot on its own: itself.
        assert_eq!(loop_to_compile(&code, outer, &BTreeMap::new()), outer);
    }

    #[test]
    fn a_hot_inner_loop_compiles_alone_while_the_loop_around_it_has_not_all_run() {
        let code = code_of(NEST, "f");
        let (outer, inner) = headers(&code);
        // Only the inner loop ran (its first trip through the outer loop).
        feed(&code, Some(loop_region(&code, inner)));
        assert_eq!(loop_to_compile(&code, inner, &BTreeMap::new()), inner);
        // An outer loop that failed to compile is not tried again.
        feed(&code, None);
        let failed = BTreeMap::from([(outer, Tier::Failed)]);
        assert_eq!(loop_to_compile(&code, inner, &failed), inner);
    }

    #[test]
    fn a_compiler_panic_leaves_the_code_interpreted_and_compiling_goes_on() {
        let source = "
def g(n):
    t = 0
    for i in range(n):
        t += i
    return t

def h(n):
    t = 1
    for i in range(n):
        t = (t * 3 + i) % 1000
    return t

r = [g(50) + h(50) for _ in range(5)]
assert r == [2011] * 5, r  # as CPython computes it
";
        let module = crate::syntax::parse(source.as_bytes(), "t.py").expect("parses");
        let mut heap = crate::runtime::heap::Heap::new(false);
        let program = crate::compiler::compile(&module, &mut heap).expect("compiles");
        let (main, g) = (program.main, 1);
        assert_eq!(program.codes[g].qualname, "g");
        let argv = vec!["t.py".to_owned()];
        let mut vm = crate::interp::Vm::new(program, heap, "t.py".into(), source, argv);
        vm.set_jit_mode(Mode::Eager, 1);
        let mut backend = codegen::Backend::new();
        backend.panic_translating = Some(g);
        vm.jit.backend = Some(backend);
        vm.run_main(main).expect("runs, and the assert holds");
        let stats = &vm.jit.stats;
        assert!(stats.compile_failures >= 1, "{stats:?}");
        // `h`, compiled after `g`'s compilation panicked, compiled.
        assert!(stats.functions_compiled >= 2, "{stats:?}");
    }

    /// Runs `source` in mode `on` at JIT threshold `threshold`; the JIT's counters.
    fn run_on(source: &str, threshold: u32) -> JitStats {
        let module = crate::syntax::parse(source.as_bytes(), "t.py").expect("parses");
        let mut heap = crate::runtime::heap::Heap::new(false);
        let program = crate::compiler::compile(&module, &mut heap).expect("compiles");
        let main = program.main;
        let argv = vec!["t.py".to_owned()];
        let mut vm = crate::interp::Vm::new(program, heap, "t.py".into(), source, argv);
        vm.set_jit_mode(Mode::On, threshold);
        vm.run_main(main).expect("runs");
        vm.jit.stats.clone()
    }

    #[test]
    fn a_hot_inner_loop_waits_for_the_loop_around_it_and_the_nest_compiles_once() {
        // The inner loop is hot (50 back-edges) before the outer loop's tail has run.
        let stats = run_on(&format!("{NEST}f(30, 300)\n"), 50);
        assert_eq!(stats.loops_compiled, 1, "{stats:?}");
        assert_eq!(stats.recompilations, 0, "{stats:?}");
    }

    #[test]
    fn a_hot_inner_loop_stops_waiting_for_a_loop_that_does_not_come_round() {
        let stats = run_on(&format!("{NEST}f(1, 100000)\n"), 50);
        assert_eq!(stats.loops_compiled, 1, "{stats:?}");
    }

    /// A function without loops, compiled before one of its calls ever ran: with
    /// no back-edge to count, its calls count towards compiling it again.
    const LATE_BRANCH: &str = "
def walk(n):
    if n == 0:
        return 0
    if n > 100:
        return walk(n - 100) + 1
    return walk(n - 1) + 1

for i in range(300):
    walk(5)
";

    #[test]
    fn a_function_without_loops_is_compiled_again_once_a_late_call_has_run() {
        let tier_ups = |stats: &JitStats| stats.deopts[DeoptReason::TierUp as usize];
        let early = run_on(LATE_BRANCH, 50);
        assert_eq!(early.recompilations, 0, "{early:?}");
        let late = run_on(
            &format!("{LATE_BRANCH}for i in range(300):\n    walk(250)\n"),
            50,
        );
        assert!(tier_ups(&late) > 0, "{late:?}");
        assert!(late.recompilations > 0, "{late:?}");
    }
}
