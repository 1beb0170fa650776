//! The interpreter: frames on one register stack, the dispatch loop, exceptions.
//!
//! All frames' registers live in one `Vec<Value>` (`stack`); a Python-to-Python call
//! pushes a [`Frame`] whose registers start where the caller put the arguments, so
//! arguments are never copied, and the loop continues in the callee without native
//! recursion. Rust code that calls Python code (a builtin's `key=` function, a
//! generator resumed by `sum`) runs a nested [`Vm::run`] on top of the stack.
//!
//! Architecture invariant: the interpreter owns the heap and is its only mutator; the
//! GC runs only at safepoints in this module (function entry and loop back-edges).

mod attr;
pub mod builtins;
mod builtins_num;
mod builtins_seq;
mod c_levels;
pub(crate) mod call;
pub(crate) use call::Called;
mod containers;
pub(crate) use containers::{plain_dict_get, plain_dict_set};
mod convert;
mod dict_methods;
pub mod error;
mod iter;
mod math;
mod methods;
mod modules;
pub(crate) mod number;
mod ops;
mod repr;
mod set_methods;
mod sort;
mod str_methods;
mod suggest;
pub mod types;

use crate::bytecode::{CmpKind, CodeKind, CodeObject, Instr, Reg, NO_REG};
use crate::compiler::Program;
use crate::runtime::heap::Heap;
use crate::runtime::object::{GenState, ObjBody, StrObj};
use crate::runtime::regstack::RegStack;
use crate::runtime::value::{fits_small, Value};
use error::{Exc, PyResult};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;
use types::{BuiltinType, TypeTable};

/// One activation of a code object.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub code: u32,
    /// Index of R[0] in the stack.
    pub base: usize,
    /// The next instruction to execute (while the frame is suspended by a call, the
    /// instruction after the call).
    pub pc: usize,
    pub func: Value,
    /// Stack index receiving the return value (unused for entry frames).
    pub ret: usize,
    /// Length of the handled-exception stack when the frame began.
    pub handled_base: usize,
    /// A class body's namespace dict, or None.
    pub namespace: Value,
    /// Returning from this frame ends the `run` that pushed it.
    pub entry: bool,
    /// The generator this frame runs, or None.
    pub generator: Value,
    /// `stack_top` before this frame was pushed.
    pub(crate) saved_top: usize,
}

/// How a frame left `execute` normally.
pub(crate) enum FrameExit {
    Return(Value),
    Yield(Value),
    /// `execute::<_, true>` ran one instruction (for the JIT's generic helper).
    Stepped,
}

/// Run counters, printed by `--stats`.
#[derive(Default, Debug, Clone)]
pub struct Stats {
    pub instructions: u64,
    pub calls: u64,
    /// The opcode profile: executions per opcode and per adjacent pair of opcodes
    /// (`pairs[a * 256 + b]`: `b` ran right after `a` in the same frame).
    pub opcodes: Vec<u64>,
    pub pairs: Vec<u64>,
    /// The name of each opcode seen, and whether it is a superinstruction.
    pub opcode_names: Vec<String>,
    superinstruction: Vec<bool>,
    previous_opcode: Option<u8>,
}

impl Stats {
    #[inline(never)]
    fn count(&mut self, instr: &Instr) {
        if self.opcodes.is_empty() {
            self.opcodes = vec![0; 256];
            self.pairs = vec![0; 256 * 256];
            self.opcode_names = vec![String::new(); 256];
            self.superinstruction = vec![false; 256];
        }
        let op = instr.opcode();
        self.instructions += 1;
        if self.opcodes[op as usize] == 0 {
            self.opcode_names[op as usize] = instr.name();
            self.superinstruction[op as usize] = instr.is_superinstruction();
        }
        self.opcodes[op as usize] += 1;
        if let Some(prev) = self.previous_opcode {
            self.pairs[prev as usize * 256 + op as usize] += 1;
        }
        self.previous_opcode = Some(op);
    }

    /// A frame boundary: the next instruction is not "adjacent" to the last one.
    fn break_pair(&mut self) {
        self.previous_opcode = None;
    }

    /// Opcodes by count, most executed first.
    pub fn top_opcodes(&self) -> Vec<(&str, u64)> {
        let mut v: Vec<(&str, u64)> = self
            .opcodes
            .iter()
            .enumerate()
            .filter(|(_, &n)| n > 0)
            .map(|(i, &n)| (self.opcode_names[i].as_str(), n))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v
    }

    /// The superinstructions executed, with their counts.
    pub fn superinstructions(&self) -> Vec<(&str, u64)> {
        self.top_opcodes()
            .into_iter()
            .filter(|(name, _)| {
                self.opcode_names
                    .iter()
                    .position(|n| n == name)
                    .is_some_and(|i| self.superinstruction[i])
            })
            .collect()
    }

    /// The `n` most executed adjacent pairs.
    pub fn top_pairs(&self, n: usize) -> Vec<(&str, &str, u64)> {
        let mut v: Vec<(&str, &str, u64)> = self
            .pairs
            .iter()
            .enumerate()
            .filter(|(_, &c)| c > 0)
            .map(|(i, &c)| {
                (
                    self.opcode_names[i / 256].as_str(),
                    self.opcode_names[i % 256].as_str(),
                    c,
                )
            })
            .collect();
        v.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)).then(a.1.cmp(b.1)));
        v.truncate(n);
        v
    }
}

pub struct Vm {
    pub heap: Heap,
    pub codes: Rc<Vec<CodeObject>>,
    pub globals: Vec<Value>,
    pub global_names: Vec<String>,
    /// For each global slot, the builtin of the same name (or UNBOUND).
    builtin_fallback: Vec<Value>,
    pub builtins: HashMap<&'static str, Value>,
    /// The registers of every frame, one window each. Allocated once with room for
    /// [`STACK_CAPACITY`] values and never reallocated (`grow_stack` grows it in
    /// place): compiled code keeps a frame's register address for the whole call,
    /// across the helpers it calls, instead of reading it again after each.
    pub stack: RegStack,
    /// One past the highest register of any frame: the GC scans `stack[..stack_top]`.
    pub(crate) stack_top: usize,
    pub frames: Vec<Frame>,
    /// The handle stack: values Rust code holds across a call into Python code.
    pub roots: Vec<Value>,
    /// Set by a `raise` of an exception caught in the same frame (a re-raise): the
    /// traceback already has that frame's line.
    reraising: bool,
    /// The value the generator that last finished returned (for `yield from`).
    pub(crate) generator_return: Value,
    /// Exceptions being handled (`except` bodies in progress), innermost last.
    pub(crate) handled: Vec<Value>,
    pub types: TypeTable,
    /// The one-character strings U+0000..U+00FF, preallocated.
    char_cache: Vec<Value>,
    pub empty_str: Value,
    modules: HashMap<String, Value>,
    /// Runtime-owned names (`"__init__"`), allocated once.
    interned: HashMap<&'static str, Value>,
    /// Containers whose repr is being built (to print `[...]` for cycles).
    repr_stack: Vec<Value>,
    pub recursion_limit: usize,
    /// Nested `run`s (Rust code calling Python code), bounded to protect the native stack.
    native_depth: usize,
    /// Levels of CPython's C recursion in progress, which count against the
    /// recursion limit with the Python frames: nested container comparisons
    /// (`ops::enter_comparison`) and class instantiations (`enter_c_level`).
    c_depth: usize,
    /// How many frames there may be: `recursion_limit` less `c_depth` (kept by
    /// `sync_frame_limit`, so that a push compares once).
    frame_cap: usize,
    out: Vec<u8>,
    pub filename: String,
    pub source_lines: Vec<String>,
    pub argv: Vec<String>,
    pub stats: Stats,
    pub count_instructions: bool,
    /// Whether `execute` should look for compiled code (the JIT mode is not `off`).
    jit_enabled: bool,
    /// The JIT: tiering counters, compiled code, its statistics.
    pub(crate) jit: crate::jit::Jit,
    /// Scratch words that compiled code reads and writes at fixed offsets.
    pub(crate) jit_ctx: crate::jit::JitContext,
}

/// The register stack's fixed capacity, in values (1 GiB of address space, reserved
/// up front and faulted in only as far as frames reach).
pub const STACK_CAPACITY: usize = 1 << 27;

/// Feedback kind bits (see [`CodeObject::feedback`]), one per kind of value.
pub const FB_INT: u8 = 1;
pub const FB_FLOAT: u8 = 2;
/// A bool or None.
pub const FB_BOOL: u8 = 4;
pub const FB_STR: u8 = 8;
pub const FB_LIST: u8 = 16;
pub const FB_TUPLE: u8 = 32;
pub const FB_DICT: u8 = 64;
pub const FB_OTHER: u8 = 128;
/// `ForIter` feedback: the iterator was over a range of i64s, or over a list or
/// tuple by index.
pub const FB_RANGE_ITER: u8 = FB_INT;
pub const FB_SEQ_ITER: u8 = FB_LIST;

/// Records the kinds of a binary instruction's two operands in its feedback slot.
#[inline(always)]
pub(crate) fn record_operands(slot: &std::cell::Cell<u16>, x: Value, y: Value) {
    slot.set(slot.get() | feedback_bits(x) as u16 | (feedback_bits(y) as u16) << 8);
}

/// The feedback bit of a value's kind (see [`CodeObject::feedback`]).
#[inline(always)]
pub fn feedback_bits(v: Value) -> u8 {
    if v.is_small_int() {
        FB_INT
    } else if v.is_float() {
        FB_FLOAT
    } else if !v.is_obj() {
        FB_BOOL
    } else {
        match v.as_obj().map(|o| &o.body) {
            Some(ObjBody::Str(_)) => FB_STR,
            Some(ObjBody::List(_)) => FB_LIST,
            Some(ObjBody::Tuple(_)) => FB_TUPLE,
            Some(ObjBody::Dict(_)) => FB_DICT,
            _ => FB_OTHER,
        }
    }
}

/// The `ForIter` feedback bit of an iterator.
fn iter_feedback_bits(it: Value) -> u8 {
    use crate::runtime::object::IterState;
    match it.as_obj().map(|o| &o.body) {
        Some(ObjBody::Iter(i)) => match &i.state {
            IterState::Range { .. } => FB_RANGE_ITER,
            IterState::Seq { seq, .. }
                if !seq
                    .as_obj()
                    .is_some_and(|s| matches!(s.body, ObjBody::Str(_))) =>
            {
                FB_SEQ_ITER
            }
            _ => FB_OTHER,
        },
        _ => FB_OTHER,
    }
}

/// `Call` feedback: the code object of the plain function called, plus one; 0 when
/// none was, [`FB_CALLEES`] when several were.
pub const FB_CALLEES: u16 = u16::MAX;

/// Records that the `Call` whose feedback slot is `slot` called plain function `code`.
#[inline(always)]
pub(crate) fn record_callee(slot: &std::cell::Cell<u16>, code: u32) {
    let seen = slot.get();
    let this = (code as u16).wrapping_add(1);
    if seen != this && seen != FB_CALLEES {
        slot.set(if seen == 0 && code < FB_CALLEES as u32 - 1 {
            this
        } else {
            FB_CALLEES
        });
    }
}

/// The value `CallMethod`'s inline cache holds after calling method `name` of the
/// built-in type `t` (the JIT inlines some calls whose cache says so).
pub fn method_cache(t: BuiltinType, name: &str) -> u32 {
    let id = methods::method_id(t, name).expect("a method of a built-in type");
    call::method_cache_value(t, id)
}

/// How deeply Rust code may nest runs of Python code (`run`, `run_resumed`), whatever
/// `sys.setrecursionlimit` allows: each level takes a few KiB of the native stack in
/// a release build, tens of KiB in a debug build (`cli` runs programs on a 512 MiB
/// stack; `vm/tests/native_depth.rs` runs every kind of nesting to this depth).
pub const MAX_NATIVE_DEPTH: usize = if cfg!(debug_assertions) {
    2_000
} else {
    20_000
};

/// CPython's default recursion limit.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

impl Vm {
    pub fn new(
        program: Program,
        heap: Heap,
        filename: String,
        source: &str,
        argv: Vec<String>,
    ) -> Vm {
        let mut heap = heap;
        let types = TypeTable::new(&mut heap);
        let mut short_str = |text: String| match program.short_strs.get(&text) {
            Some(&constant) => constant,
            None => heap.alloc(ObjBody::Str(StrObj::new(text.into()))),
        };
        let char_cache = (0u32..256)
            .map(|c| short_str(char::from_u32(c).expect("latin-1").to_string()))
            .collect();
        let empty_str = short_str(String::new());
        let nglobals = program.global_names.len();
        let mut vm = Vm {
            heap,
            codes: Rc::new(program.codes),
            globals: vec![Value::UNBOUND; nglobals],
            global_names: program.global_names,
            builtin_fallback: Vec::new(),
            builtins: HashMap::new(),
            stack: RegStack::new(4096, STACK_CAPACITY),
            stack_top: 0,
            frames: Vec::new(),
            roots: Vec::new(),
            generator_return: Value::NONE,
            reraising: false,
            handled: Vec::new(),
            types,
            char_cache,
            empty_str,
            modules: HashMap::new(),
            interned: HashMap::new(),
            repr_stack: Vec::new(),
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            native_depth: 0,
            c_depth: 0,
            frame_cap: DEFAULT_RECURSION_LIMIT,
            out: Vec::with_capacity(1 << 16),
            filename,
            source_lines: source.lines().map(str::to_string).collect(),
            argv,
            stats: Stats::default(),
            count_instructions: false,
            jit_enabled: false,
            jit: crate::jit::Jit::new(
                crate::jit::Mode::Off,
                crate::jit::DEFAULT_THRESHOLD,
                Value::NONE,
                0,
            ),
            jit_ctx: crate::jit::JitContext::default(),
        };
        vm.builtins = builtins::make_builtins(&mut vm);
        vm.builtin_fallback = vm
            .global_names
            .iter()
            .map(|n| {
                vm.builtins
                    .get(n.as_str())
                    .copied()
                    .unwrap_or(Value::UNBOUND)
            })
            .collect();
        vm.set_global("__name__", "__main__");
        vm.set_recursion_limit(DEFAULT_RECURSION_LIMIT);
        vm
    }

    /// `sys.setrecursionlimit(n)` (after its checks), and compiled code's limit.
    pub fn set_recursion_limit(&mut self, n: usize) {
        self.recursion_limit = n;
        self.sync_frame_limit();
    }

    /// Compiled code's frame limit: frames past the C levels in progress.
    #[inline]
    pub(crate) fn sync_frame_limit(&mut self) {
        self.frame_cap = self.recursion_limit.saturating_sub(self.c_depth);
        self.jit_ctx.frame_limit = self.frame_cap.min(crate::jit::NATIVE_FRAMES);
    }

    /// The recursion depth as CPython counts it: the Python frames and the C levels
    /// in progress.
    pub(crate) fn depth(&self) -> usize {
        self.frames.len() + self.c_depth
    }

    /// Selects the execution mode (`off`, `on`, `eager`, `stress`) and the tiering
    /// threshold of mode `on`.
    pub fn set_jit_mode(&mut self, mode: crate::jit::Mode, threshold: u32) {
        let len = self.builtins.get("len").copied().unwrap_or(Value::NONE);
        self.jit = crate::jit::Jit::new(mode, threshold, len, self.codes.len());
        self.jit_ctx.char_cache = self.char_cache.as_ptr();
        self.jit_enabled = mode != crate::jit::Mode::Off;
        // Neither `builtin_fallback` nor `globals` (whose address compiled code has as
        // a constant) is ever resized after `Vm::new`: their addresses are stable.
        self.jit_ctx.builtin_fallback = self.builtin_fallback.as_ptr();
    }

    /// Bytecode instructions executed by compiled code so far.
    pub fn jit_instructions(&self) -> u64 {
        self.jit_ctx.instructions
    }

    /// Binds a global before the program runs. Only dunder names: the JIT takes a
    /// global stored once at the top level to keep the value it has once bound
    /// (`GlobalFacts` in `jit/tiering.rs`), which a name bound here first is not.
    fn set_global(&mut self, name: &str, value: &str) {
        debug_assert!(name.starts_with("__"), "see GlobalFacts");
        if let Some(slot) = self.global_names.iter().position(|n| n == name) {
            self.globals[slot] = self.new_str(value.to_string());
        }
    }

    /// Runs the program's main code object. Returns the uncaught exception, if any.
    pub fn run_main(&mut self, main: u32) -> Result<(), Value> {
        let func = self.heap.alloc(ObjBody::Function(Box::new(
            crate::runtime::object::FunctionObj {
                code: main,
                defaults: Box::new([]),
                kw_defaults: Box::new([]),
                closure: Box::new([]),
                owner_class: Value::NONE,
            },
        )));
        self.roots.push(func);
        let result = self.call_value(func, &[], &[]);
        self.roots.pop();
        self.flush_stdout();
        result.map(|_| ()).map_err(|e| e.0)
    }

    // ----- output -----

    pub fn write_out(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
        if self.out.len() > 1 << 16 {
            self.flush_stdout();
        }
    }

    pub fn flush_stdout(&mut self) {
        let mut stdout = std::io::stdout().lock();
        // A closed pipe is not an error worth a traceback; output is simply dropped.
        let _ = stdout.write_all(&self.out);
        let _ = stdout.flush();
        self.out.clear();
    }

    // ----- allocation helpers -----

    pub fn new_str(&mut self, s: String) -> Value {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => return self.empty_str,
            (Some(c), None) if (c as u32) < 256 => return self.char_cache[c as usize],
            _ => {}
        }
        self.heap
            .alloc(ObjBody::Str(StrObj::new(s.into_boxed_str())))
    }

    pub fn char_str(&mut self, c: char) -> Value {
        if (c as u32) < 256 {
            self.char_cache[c as usize]
        } else {
            self.heap
                .alloc(ObjBody::Str(StrObj::new(c.to_string().into())))
        }
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.heap.alloc(ObjBody::List(items))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        self.heap.alloc(ObjBody::Tuple(items.into_boxed_slice()))
    }

    /// `BuildList`: a list of the `count` registers from `stack[at]`.
    pub(crate) fn build_list_at(&mut self, at: usize, count: usize) -> Value {
        let items = self.stack[at..at + count].to_vec();
        self.new_list(items)
    }

    /// `BuildTuple`: a tuple of the `count` registers from `stack[at]`.
    pub(crate) fn build_tuple_at(&mut self, at: usize, count: usize) -> Value {
        let items = self.stack[at..at + count].to_vec();
        self.new_tuple(items)
    }

    /// `BuildSlice`: a slice of the three registers from `stack[at]`.
    pub(crate) fn build_slice_at(&mut self, at: usize) -> Value {
        let s = crate::runtime::object::SliceObj {
            start: self.stack[at],
            stop: self.stack[at + 1],
            step: self.stack[at + 2],
        };
        self.heap.alloc(ObjBody::Slice(s))
    }

    /// `BuildString`: the concatenation of the `count` strs from `stack[at]` (the
    /// compiler only gives it strs).
    pub(crate) fn build_string_at(&mut self, at: usize, count: usize) -> Value {
        let parts = &self.stack[at..at + count];
        let text = |v: &Value| match v.as_obj().map(|o| &o.body) {
            Some(ObjBody::Str(part)) => &*part.text,
            _ => "",
        };
        let mut s = String::with_capacity(parts.iter().map(|v| text(v).len()).sum());
        for v in parts {
            s.push_str(text(v));
        }
        self.new_str(s)
    }

    /// `FormatValue` of the frame whose registers start at `base`.
    pub(crate) fn format_value_at(
        &mut self,
        base: usize,
        src: Reg,
        conv: u8,
        spec: Reg,
    ) -> PyResult<Value> {
        let spec = if spec == NO_REG {
            Value::NONE
        } else {
            self.stack[base + spec as usize]
        };
        self.format_value(self.stack[base + src as usize], conv, spec)
    }

    /// An int from an i64, immediate when it fits.
    pub fn new_int(&mut self, i: i64) -> Value {
        if fits_small(i) {
            Value::small_int(i)
        } else {
            self.heap.alloc(ObjBody::Int64(i))
        }
    }

    // ----- garbage collection -----

    #[inline(always)]
    pub(crate) fn safepoint(&mut self) {
        if self.heap.wants_collection() {
            self.collect_garbage();
        }
    }

    pub fn collect_garbage(&mut self) {
        let Vm {
            heap,
            codes,
            globals,
            builtin_fallback,
            builtins,
            stack,
            stack_top,
            frames,
            roots,
            generator_return,
            handled,
            types,
            char_cache,
            empty_str,
            modules,
            interned,
            repr_stack,
            jit,
            ..
        } = self;
        // Registers above the live ones may hold values this collection frees; a
        // frame pushed there later leaves its temporaries unwritten until used, so
        // they must not keep pointers to freed objects.
        stack[*stack_top..].fill(Value::UNBOUND);
        heap.collect(|mark| {
            stack[..*stack_top].iter().for_each(|&v| mark(v));
            globals
                .iter()
                .chain(builtin_fallback.iter())
                .chain(roots.iter())
                .chain(handled.iter())
                .chain(repr_stack.iter())
                .chain(jit.constants())
                .for_each(|&v| mark(v));
            interned.values().for_each(|&v| mark(v));
            builtins
                .values()
                .chain(modules.values())
                .chain(types.all())
                .chain(char_cache.iter())
                .for_each(|&v| mark(v));
            mark(*empty_str);
            mark(*generator_return);
            for f in frames.iter() {
                mark(f.func);
                mark(f.namespace);
                mark(f.generator);
            }
            for code in codes.iter() {
                code.consts.iter().for_each(|&v| mark(v));
            }
        });
    }

    // ----- frames -----

    /// Pushes a frame for `code` with registers at `base`; registers past the first
    /// `initialized` are reset to UNBOUND.
    pub(crate) fn push_frame(
        &mut self,
        code: u32,
        func: Value,
        base: usize,
        initialized: usize,
        ret: usize,
        entry: bool,
    ) -> PyResult<()> {
        if self.frames.len() >= self.frame_cap {
            return Err(self.error(
                BuiltinType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let c = &self.codes[code as usize];
        c.warm_up();
        let (nregs, named) = (c.nregs as usize, c.named_regs as usize);
        let end = base + nregs;
        self.grow_stack(end)?;
        // Temporaries keep what they hold (see `CodeObject::named_regs`).
        if initialized < named {
            self.stack[base + initialized..base + named.min(nregs)].fill(Value::UNBOUND);
        }
        let saved_top = self.stack_top;
        self.stack_top = self.stack_top.max(end);
        self.frames.push(Frame {
            code,
            base,
            pc: 0,
            func,
            ret,
            handled_base: self.handled.len(),
            namespace: Value::NONE,
            entry,
            generator: Value::NONE,
            saved_top,
        });
        self.stats.calls += 1;
        self.safepoint();
        Ok(())
    }

    pub(crate) fn pop_frame(&mut self) -> Frame {
        let f = self.frames.pop().expect("a frame to pop");
        self.stack_top = f.saved_top;
        self.handled.truncate(f.handled_base);
        f
    }

    /// Where a nested `run` may put its frame: above every live register.
    fn free_base(&self) -> usize {
        self.stack_top
    }

    /// Makes `stack[..end]` exist, in place: the stack never moves (see `stack`).
    /// Past its capacity, a RecursionError (some 130 million registers: a recursion
    /// far deeper than any limit a program sets).
    pub(crate) fn grow_stack(&mut self, end: usize) -> PyResult<()> {
        if end > self.stack.len() {
            if end > self.stack.capacity() {
                return Err(self.error(
                    BuiltinType::RecursionError,
                    "maximum recursion depth exceeded (out of room for registers)",
                ));
            }
            let new_len = (end * 2).max(self.stack.len() * 2);
            self.stack
                .resize(new_len.min(self.stack.capacity()), Value::UNBOUND);
        }
        Ok(())
    }

    /// Runs frames until the entry frame on top returns or yields.
    pub(crate) fn run(&mut self) -> PyResult<FrameExit> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            // Unwind the entry frame that was just pushed, then report.
            let f = self.pop_frame();
            if !f.generator.is_none() {
                self.set_gen_state(f.generator, GenState::Done);
            }
            return Err(self.error(
                BuiltinType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.native_depth += 1;
        let result = self.run_frames();
        self.native_depth -= 1;
        result
    }

    /// `run` for a generator frame just pushed to resume at its saved pc: when the
    /// generator's loop is compiled, its machine code runs straight from the resume
    /// point to the next `yield` (one compiled call per item, without the
    /// interpreter's dispatch around it); anything else is left to `run`.
    pub(crate) fn run_resumed(&mut self) -> PyResult<FrameExit> {
        if !self.jit_enabled || self.native_depth >= MAX_NATIVE_DEPTH {
            return self.run();
        }
        let frame = *self.frames.last().expect("the generator's frame");
        let codes = Rc::clone(&self.codes);
        let code = &codes[frame.code as usize];
        // Resuming after `yield` at the end of a loop body means jumping back to the
        // loop's header, which is where the compiled loop is entered. The jump is done
        // here as the interpreter does it (a back-edge is a GC safepoint).
        // Resuming at a `yield from` runs it again, in compiled code if that is an
        // entry there.
        let at = match code.instrs.get(frame.pc) {
            Some(&Instr::Jump { target }) if target as usize <= frame.pc => {
                code.warm_up_at(frame.pc);
                self.safepoint();
                target as usize
            }
            Some(Instr::YieldFrom { .. }) => frame.pc,
            _ => return self.run(),
        };
        let top = self.frames.len() - 1;
        self.frames[top].pc = at;
        self.native_depth += 1;
        let exit = crate::jit::enter(self, at);
        self.native_depth -= 1;
        match exit {
            None => {}
            Some(crate::jit::JitExit::Deopt(pc)) => match code.instrs[pc] {
                Instr::Yield { src, .. } => {
                    self.frames[top].pc = pc + 1;
                    return Ok(FrameExit::Yield(self.stack[frame.base + src as usize]));
                }
                _ => self.frames[top].pc = pc,
            },
            Some(crate::jit::JitExit::Return(v)) => {
                let v = self
                    .finish_return(v)
                    .expect("a generator's frame is an entry frame");
                return Ok(FrameExit::Return(v));
            }
            Some(crate::jit::JitExit::Raise(pc, exc)) => {
                self.frames[top].pc = pc + 1;
                if !self.unwind(exc) {
                    return Err(exc);
                }
            }
            Some(crate::jit::JitExit::Yield(pc, v)) => {
                self.frames[top].pc = pc;
                return Ok(FrameExit::Yield(v));
            }
        }
        self.run()
    }

    /// `run` without the bound on nested runs: for compiled code calling a Python
    /// function, where the recursion limit on frames already bounds the native depth.
    pub(crate) fn run_frames(&mut self) -> PyResult<FrameExit> {
        loop {
            let exit = if self.count_instructions {
                self.execute::<true, false>()
            } else {
                self.execute::<false, false>()
            };
            match exit {
                Ok(exit) => return Ok(exit),
                Err(exc) => {
                    if !self.unwind(exc) {
                        return Err(exc);
                    }
                }
            }
        }
    }

    /// Finds a handler for `exc`, popping frames down to (and including) the entry
    /// frame. Returns true if a handler will run.
    pub(crate) fn unwind(&mut self, exc: Exc) -> bool {
        let mut reraising = std::mem::take(&mut self.reraising);
        loop {
            let f = *self.frames.last().expect("unwinding needs a frame");
            let codes = Rc::clone(&self.codes);
            let code = &codes[f.code as usize];
            let failing_pc = f.pc.saturating_sub(1);
            let line = code.line_at(failing_pc);
            if !std::mem::take(&mut reraising) {
                self.add_traceback(exc.0, f.code, line);
            }
            let handler = code
                .handlers
                .iter()
                .find(|h| (h.start as usize..h.end as usize).contains(&failing_pc))
                .copied();
            if let Some(h) = handler {
                let top = self.frames.last_mut().expect("frame");
                top.pc = h.target as usize;
                self.stack[f.base + h.exc_reg as usize] = exc.0;
                self.handled.truncate(f.handled_base + h.depth as usize);
                return true;
            }
            let popped = self.pop_frame();
            if !popped.generator.is_none() {
                self.set_gen_state(popped.generator, GenState::Done);
            }
            if popped.entry {
                return false;
            }
        }
    }

    fn add_traceback(&mut self, exc: Value, code: u32, line: u32) {
        if let Some(ObjBody::Exception(e)) = exc.as_obj().map(|o| &mut o.body) {
            e.traceback.push((code, line));
        }
    }

    /// Pops the returning top frame; the value goes to the caller's register, or is
    /// given back when the frame was an entry frame.
    fn finish_return(&mut self, v: Value) -> Option<Value> {
        let f = self.pop_frame();
        if !f.generator.is_none() {
            self.finish_generator(f.generator);
        }
        if f.entry {
            return Some(v);
        }
        self.stack[f.ret] = v;
        None
    }

    /// Sets a generator's state; a finished one lets go of its registers.
    fn set_gen_state(&mut self, gen: Value, state: GenState) {
        if let Some(ObjBody::Generator(g)) = gen.as_obj().map(|o| &mut o.body) {
            g.state = state;
            if state == GenState::Done {
                g.regs = Vec::new();
            }
        }
    }

    /// The dispatch loop. Executes the top frame (and the frames it calls) until the
    /// entry frame returns or yields, or an exception propagates out of the top frame.
    /// With `STEP`, executes exactly one instruction of the top frame instead (a call
    /// leaves the callee's frame pushed) and never enters compiled code.
    pub(crate) fn execute<const COUNT: bool, const STEP: bool>(&mut self) -> PyResult<FrameExit> {
        let codes = Rc::clone(&self.codes);
        let mut frame = *self.frames.last().expect("a frame to run");
        let mut code: &CodeObject = &codes[frame.code as usize];
        let mut base = frame.base;
        let mut pc = frame.pc;

        // SAFETY (for the unchecked accesses below): while a frame runs,
        // `stack.len() >= base + code.nregs` (push_frame grows the stack before it
        // pushes, and the stack never shrinks), the compiler emits register operands
        // below `nregs`, and every code object ends in `Return` with all jump targets
        // inside it, so `pc` stays in bounds.
        macro_rules! r {
            ($reg:expr) => {
                *unsafe {
                    debug_assert!(base + ($reg as usize) < self.stack.len());
                    self.stack.get_unchecked_mut(base + $reg as usize)
                }
            };
        }
        macro_rules! rd {
            ($reg:expr) => {
                *unsafe {
                    debug_assert!(base + ($reg as usize) < self.stack.len());
                    self.stack.get_unchecked(base + $reg as usize)
                }
            };
        }
        // On error: record where the frame stopped, then propagate.
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(exc) => {
                        self.frames.last_mut().expect("frame").pc = pc;
                        return Err(exc);
                    }
                }
            };
        }
        macro_rules! reload {
            () => {
                if COUNT {
                    self.stats.break_pair();
                }
                frame = *self.frames.last().expect("frame");
                code = &codes[frame.code as usize];
                base = frame.base;
                pc = frame.pc;
            };
        }
        macro_rules! save_pc {
            () => {
                self.frames.last_mut().expect("frame").pc = pc;
            };
        }
        // Runs the top frame's compiled code if `pc` is one of its entries (compiling
        // it first if tiering says so), then continues where the compiled code left.
        macro_rules! enter_jit {
            () => {
                if !STEP && self.jit_enabled {
                    match crate::jit::enter(self, pc) {
                        None => {}
                        Some(crate::jit::JitExit::Deopt(at)) => pc = at,
                        Some(crate::jit::JitExit::Raise(at, exc)) => {
                            self.frames.last_mut().expect("frame").pc = at + 1;
                            return Err(exc);
                        }
                        Some(crate::jit::JitExit::Return(v)) => {
                            if let Some(v) = self.finish_return(v) {
                                return Ok(FrameExit::Return(v));
                            }
                            reload!();
                        }
                        Some(crate::jit::JitExit::Yield(at, v)) => {
                            // As the interpreter's `YieldFrom` leaves it.
                            self.frames.last_mut().expect("frame").pc = at;
                            return Ok(FrameExit::Yield(v));
                        }
                    }
                }
            };
        }
        // Type feedback: the kinds of operand each instruction has seen (for the JIT).
        // Only worth its cost when a JIT will read it.
        let feedback = self.jit_enabled;
        // SAFETY: `feedback` has one slot per instruction, and `pc - 1` is the
        // instruction being executed (see above).
        macro_rules! slot {
            () => {
                unsafe { code.feedback.get_unchecked(pc - 1) }
            };
        }
        macro_rules! record {
            ($x:expr) => {{
                if feedback {
                    let slot = slot!();
                    slot.set(slot.get() | feedback_bits($x) as u16);
                }
            }};
            ($x:expr, $y:expr) => {{
                if feedback {
                    record_operands(slot!(), $x, $y);
                }
            }};
        }
        macro_rules! int_fast {
            ($dst:expr, $a:expr, $b:expr, $op:ident, $method:ident) => {{
                let (x, y) = (rd!($a), rd!($b));
                record!(x, y);
                if x.is_small_int() && y.is_small_int() {
                    let v = x.as_small_int().$method(y.as_small_int());
                    r!($dst) = match v {
                        Some(v) if fits_small(v) => Value::small_int(v),
                        _ => tri!(self.binary_op(crate::bytecode::BinaryOp::$op, x, y)),
                    };
                } else if x.is_float() && y.is_float() {
                    r!($dst) = Value::float(float_op!($op, x.as_float(), y.as_float()));
                } else {
                    let v = tri!(self.binary_op(crate::bytecode::BinaryOp::$op, x, y));
                    r!($dst) = v;
                }
            }};
        }
        macro_rules! float_op {
            (Add, $x:expr, $y:expr) => {
                $x + $y
            };
            (Sub, $x:expr, $y:expr) => {
                $x - $y
            };
            (Mul, $x:expr, $y:expr) => {
                $x * $y
            };
        }
        macro_rules! compare {
            ($dst:expr, $a:expr, $b:expr, $op:tt, $cmp:expr) => {{
                let (x, y) = (rd!($a), rd!($b));
                record!(x, y);
                r!($dst) = if x.is_small_int() && y.is_small_int() {
                    Value::bool(x.as_small_int() $op y.as_small_int())
                } else if x.is_float() && y.is_float() {
                    Value::bool(x.as_float() $op y.as_float())
                } else {
                    tri!(self.compare(x, y, $cmp))
                };
            }};
        }
        macro_rules! generic_binary {
            ($dst:expr, $a:expr, $b:expr, $op:ident) => {{
                let (x, y) = (rd!($a), rd!($b));
                record!(x, y);
                let v = tri!(self.binary_op(crate::bytecode::BinaryOp::$op, x, y));
                r!($dst) = v;
            }};
        }

        enter_jit!();
        let mut stepped = false;
        loop {
            if STEP {
                if stepped {
                    save_pc!();
                    return Ok(FrameExit::Stepped);
                }
                stepped = true;
            }
            debug_assert!(pc < code.instrs.len());
            // SAFETY: see above.
            let instr = *unsafe { code.instrs.get_unchecked(pc) };
            pc += 1;
            if COUNT {
                self.stats.count(&instr);
            }
            match instr {
                Instr::Move { dst, src } => r!(dst) = rd!(src),
                Instr::LoadConst { dst, k } => r!(dst) = code.consts[k as usize],
                Instr::LoadInt { dst, value } => r!(dst) = Value::small_int(value as i64),
                Instr::LoadGlobal { dst, slot } => {
                    let v = self.globals[slot as usize];
                    r!(dst) = if !v.is_unbound() {
                        v
                    } else {
                        let b = self.builtin_fallback[slot as usize];
                        if b.is_unbound() {
                            tri!(Err(self.name_error(slot as usize)))
                        }
                        b
                    };
                }
                Instr::StoreGlobal { slot, src } => self.globals[slot as usize] = rd!(src),
                Instr::DeleteGlobal { slot } => {
                    if self.globals[slot as usize].is_unbound() {
                        tri!(Err(self.name_error(slot as usize)))
                    }
                    self.globals[slot as usize] = Value::UNBOUND;
                }
                Instr::CheckBound { reg, name } => {
                    if rd!(reg).is_unbound() {
                        tri!(Err(self.unbound_local(code.consts[name as usize])))
                    }
                }
                Instr::DeleteLocal { reg, name } => {
                    if rd!(reg).is_unbound() {
                        tri!(Err(self.unbound_local(code.consts[name as usize])))
                    }
                    r!(reg) = Value::UNBOUND;
                }
                Instr::MakeCell { reg } => {
                    let v = rd!(reg);
                    r!(reg) = self.heap.alloc(ObjBody::Cell(v));
                }
                Instr::LoadDeref { dst, cell, name } => {
                    let v = match &rd!(cell).as_obj().expect("cell").body {
                        ObjBody::Cell(v) => *v,
                        _ => unreachable!("LoadDeref on a non-cell"),
                    };
                    if v.is_unbound() {
                        let n = tri!(self.str(code.consts[name as usize]));
                        let msg = format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope");
                        tri!(Err(self.error(BuiltinType::NameError, msg)))
                    }
                    r!(dst) = v;
                }
                Instr::StoreDeref { cell, src } => {
                    let v = rd!(src);
                    if let ObjBody::Cell(c) = &mut rd!(cell).as_obj().expect("cell").body {
                        *c = v;
                    }
                }
                Instr::LoadName { dst, name } => {
                    let v = tri!(self.load_name(frame.namespace, code.consts[name as usize]));
                    r!(dst) = v;
                }
                Instr::StoreName { name, src } => {
                    let v = rd!(src);
                    tri!(self.dict_set(frame.namespace, code.consts[name as usize], v));
                }
                Instr::Add { dst, a, b } => int_fast!(dst, a, b, Add, checked_add),
                Instr::Sub { dst, a, b } => int_fast!(dst, a, b, Sub, checked_sub),
                Instr::Mul { dst, a, b } => int_fast!(dst, a, b, Mul, checked_mul),
                Instr::TrueDiv { dst, a, b } => generic_binary!(dst, a, b, TrueDiv),
                Instr::FloorDiv { dst, a, b } => generic_binary!(dst, a, b, FloorDiv),
                Instr::Mod { dst, a, b } => {
                    let (x, y) = (rd!(a), rd!(b));
                    record!(x, y);
                    if x.is_small_int() && y.is_small_int() && y.as_small_int() > 0 {
                        r!(dst) = Value::small_int(x.as_small_int().rem_euclid(y.as_small_int()));
                    } else {
                        let v = tri!(self.binary_op(crate::bytecode::BinaryOp::Mod, x, y));
                        r!(dst) = v;
                    }
                }
                Instr::Pow { dst, a, b } => generic_binary!(dst, a, b, Pow),
                Instr::LShift { dst, a, b } => generic_binary!(dst, a, b, LShift),
                Instr::RShift { dst, a, b } => generic_binary!(dst, a, b, RShift),
                Instr::BitAnd { dst, a, b } => generic_binary!(dst, a, b, BitAnd),
                Instr::BitOr { dst, a, b } => generic_binary!(dst, a, b, BitOr),
                Instr::BitXor { dst, a, b } => generic_binary!(dst, a, b, BitXor),
                Instr::AddInt { dst, a, imm } => {
                    let x = rd!(a);
                    record!(x);
                    r!(dst) = match x.is_small_int().then(|| x.as_small_int() + imm as i64) {
                        Some(v) if fits_small(v) => Value::small_int(v),
                        _ => tri!(self.binary_op(
                            crate::bytecode::BinaryOp::Add,
                            x,
                            Value::small_int(imm as i64)
                        )),
                    };
                }
                Instr::SubInt { dst, a, imm } => {
                    let x = rd!(a);
                    record!(x);
                    r!(dst) = match x.is_small_int().then(|| x.as_small_int() - imm as i64) {
                        Some(v) if fits_small(v) => Value::small_int(v),
                        _ => tri!(self.binary_op(
                            crate::bytecode::BinaryOp::Sub,
                            x,
                            Value::small_int(imm as i64)
                        )),
                    };
                }
                Instr::Inplace { dst, a, b, op } => {
                    let (x, y) = (rd!(a), rd!(b));
                    record!(x, y);
                    if op == crate::bytecode::BinaryOp::Add && x.is_small_int() && y.is_small_int()
                    {
                        let s = x.as_small_int() + y.as_small_int();
                        if fits_small(s) {
                            r!(dst) = Value::small_int(s);
                            continue;
                        }
                    }
                    let v = tri!(self.inplace_op(op, x, y));
                    r!(dst) = v;
                }
                Instr::Neg { dst, src } => {
                    record!(rd!(src));
                    let v = tri!(self.unary_neg(rd!(src)));
                    r!(dst) = v;
                }
                Instr::Pos { dst, src } => {
                    let v = tri!(self.unary_pos(rd!(src)));
                    r!(dst) = v;
                }
                Instr::Invert { dst, src } => {
                    let v = tri!(self.unary_invert(rd!(src)));
                    r!(dst) = v;
                }
                Instr::Not { dst, src } => {
                    let t = tri!(self.truthy(rd!(src)));
                    r!(dst) = Value::bool(!t);
                }
                Instr::Eq { dst, a, b } => {
                    let (x, y) = (rd!(a), rd!(b));
                    record!(x, y);
                    r!(dst) = if x.is_small_int() && y.is_small_int() {
                        Value::bool(x == y)
                    } else {
                        tri!(self.compare(x, y, ops::CmpKind::Eq))
                    };
                }
                Instr::Ne { dst, a, b } => {
                    let (x, y) = (rd!(a), rd!(b));
                    record!(x, y);
                    r!(dst) = if x.is_small_int() && y.is_small_int() {
                        Value::bool(x != y)
                    } else {
                        tri!(self.compare(x, y, ops::CmpKind::Ne))
                    };
                }
                Instr::Lt { dst, a, b } => compare!(dst, a, b, <, ops::CmpKind::Lt),
                Instr::Le { dst, a, b } => compare!(dst, a, b, <=, ops::CmpKind::Le),
                Instr::Gt { dst, a, b } => compare!(dst, a, b, >, ops::CmpKind::Gt),
                Instr::Ge { dst, a, b } => compare!(dst, a, b, >=, ops::CmpKind::Ge),
                Instr::Is { dst, a, b } => r!(dst) = Value::bool(self.is(rd!(a), rd!(b))),
                Instr::IsNot { dst, a, b } => r!(dst) = Value::bool(!self.is(rd!(a), rd!(b))),
                Instr::In { dst, a, b } => {
                    record!(rd!(a), rd!(b));
                    let v = tri!(self.contains(rd!(b), rd!(a)));
                    r!(dst) = Value::bool(v);
                }
                Instr::NotIn { dst, a, b } => {
                    record!(rd!(a), rd!(b));
                    let v = tri!(self.contains(rd!(b), rd!(a)));
                    r!(dst) = Value::bool(!v);
                }
                Instr::Jump { target } => {
                    let back_edge = (target as usize) < pc;
                    if back_edge {
                        code.warm_up_at(pc - 1);
                        save_pc!();
                        self.safepoint();
                    }
                    pc = target as usize;
                    if back_edge {
                        enter_jit!();
                    }
                }
                Instr::JumpIfFalse { cond, target } => {
                    let c = rd!(cond);
                    let t = if c.is_bool() {
                        c.as_bool()
                    } else {
                        tri!(self.truthy(c))
                    };
                    if !t {
                        pc = target as usize;
                    }
                }
                Instr::JumpIfTrue { cond, target } => {
                    let c = rd!(cond);
                    let t = if c.is_bool() {
                        c.as_bool()
                    } else {
                        tri!(self.truthy(c))
                    };
                    if t {
                        pc = target as usize;
                    }
                }
                Instr::BranchCompare { a, b, op, target } => {
                    let (x, y) = (rd!(a), rd!(b));
                    record!(x, y);
                    let holds = if x.is_small_int() && y.is_small_int() {
                        let (x, y) = (x.as_small_int(), y.as_small_int());
                        match op {
                            CmpKind::Eq => x == y,
                            CmpKind::Ne => x != y,
                            CmpKind::Lt => x < y,
                            CmpKind::Le => x <= y,
                            CmpKind::Gt => x > y,
                            CmpKind::Ge => x >= y,
                        }
                    } else {
                        let r = tri!(self.compare(x, y, op));
                        if r.is_bool() {
                            r.as_bool()
                        } else {
                            tri!(self.truthy(r))
                        }
                    };
                    if !holds {
                        pc = target as usize;
                    }
                }
                Instr::GetIter { dst, src } => {
                    let v = tri!(self.get_iter(rd!(src)));
                    r!(dst) = v;
                }
                Instr::ForIter { dst, iter, target } => {
                    save_pc!();
                    let it = rd!(iter);
                    if feedback {
                        let slot = slot!();
                        slot.set(slot.get() | iter_feedback_bits(it) as u16);
                    }
                    match tri!(self.iter_next(it)) {
                        Some(v) => r!(dst) = v,
                        None => pc = target as usize,
                    }
                }
                Instr::Call { dst, func, argc } => {
                    save_pc!();
                    let f = rd!(func);
                    // Fast path: a plain function called with exactly its positional
                    // parameters runs in place, its registers starting at the arguments.
                    if let Some(ObjBody::Function(fo)) = f.as_obj().map(|o| &o.body) {
                        if codes[fo.code as usize].simple_arity == argc {
                            if feedback {
                                record_callee(slot!(), fo.code);
                            }
                            tri!(self.push_frame(
                                fo.code,
                                f,
                                base + func as usize + 1,
                                argc as usize,
                                base + dst as usize,
                                false
                            ));
                            reload!();
                            enter_jit!();
                            continue;
                        }
                    }
                    let args_at = base + func as usize + 1;
                    match tri!(self.call_at(f, args_at, argc as usize, None, base + dst as usize)) {
                        call::Called::Done(v) => r!(dst) = v,
                        call::Called::Pushed => {
                            reload!();
                            enter_jit!();
                        }
                    }
                }
                Instr::CallKw {
                    dst,
                    func,
                    argc,
                    names,
                } => {
                    save_pc!();
                    let f = rd!(func);
                    let args_at = base + func as usize + 1;
                    match tri!(self.call_at(
                        f,
                        args_at,
                        argc as usize,
                        Some(code.consts[names as usize]),
                        base + dst as usize
                    )) {
                        call::Called::Done(v) => r!(dst) = v,
                        call::Called::Pushed => {
                            reload!();
                            enter_jit!();
                        }
                    }
                }
                Instr::CallEx {
                    dst,
                    func,
                    args,
                    kwargs,
                } => {
                    save_pc!();
                    let f = rd!(func);
                    let a = rd!(args);
                    let k = if kwargs == NO_REG {
                        Value::NONE
                    } else {
                        rd!(kwargs)
                    };
                    let v = tri!(self.call_ex(f, a, k));
                    r!(dst) = v;
                }
                Instr::CallMethod {
                    dst,
                    recv,
                    argc,
                    name,
                } => {
                    save_pc!();
                    let name = code.consts[name as usize];
                    let cache = &code.inline_caches[pc - 1];
                    match tri!(self.call_method_at(
                        base + recv as usize,
                        argc as usize,
                        name,
                        base + dst as usize,
                        cache
                    )) {
                        call::Called::Done(v) => r!(dst) = v,
                        call::Called::Pushed => {
                            reload!();
                            enter_jit!();
                        }
                    }
                }
                Instr::Return { src } => {
                    let v = rd!(src);
                    if let Some(v) = self.finish_return(v) {
                        return Ok(FrameExit::Return(v));
                    }
                    reload!();
                }
                Instr::MakeFunction {
                    dst,
                    code: c,
                    base: at,
                } => {
                    let v = self.make_function(c as u32, base + at as usize);
                    r!(dst) = v;
                }
                Instr::MakeClass {
                    dst,
                    body,
                    base: b,
                    name,
                } => {
                    save_pc!();
                    let base_class = if b == NO_REG { Value::NONE } else { rd!(b) };
                    let v =
                        tri!(self.make_class(rd!(body), base_class, code.consts[name as usize]));
                    r!(dst) = v;
                }
                Instr::BuildList { dst, start, count } => {
                    r!(dst) = self.build_list_at(base + start as usize, count as usize);
                }
                Instr::BuildTuple { dst, start, count } => {
                    r!(dst) = self.build_tuple_at(base + start as usize, count as usize);
                }
                Instr::BuildSet { dst, start, count } => {
                    let set = self.new_set();
                    for i in 0..count {
                        let item = rd!(start + i);
                        tri!(self.set_add(set, item));
                    }
                    r!(dst) = set;
                }
                Instr::BuildDict { dst, start, count } => {
                    let d = self.new_dict();
                    for i in 0..count {
                        let (k, v) = (rd!(start + 2 * i), rd!(start + 2 * i + 1));
                        tri!(self.dict_set(d, k, v));
                    }
                    r!(dst) = d;
                }
                Instr::BuildSlice { dst, start } => {
                    r!(dst) = self.build_slice_at(base + start as usize);
                }
                Instr::ListAppend { list, src } => {
                    let v = rd!(src);
                    if let ObjBody::List(items) = &mut rd!(list).as_obj().expect("list").body {
                        items.push(v);
                    }
                }
                Instr::ListExtend { list, src } => {
                    let items = tri!(self.starred_items(rd!(src)));
                    if let ObjBody::List(l) = &mut rd!(list).as_obj().expect("list").body {
                        l.extend(items);
                    }
                }
                Instr::SetAdd { set, src } => {
                    let (s, v) = (rd!(set), rd!(src));
                    tri!(self.set_add(s, v));
                }
                Instr::SetUpdate { set, src } => {
                    let (s, x) = (rd!(set), rd!(src));
                    if matches!(x.as_obj().map(|o| &o.body), Some(ObjBody::Set(_))) {
                        // Merged in its table order, as CPython's `set_merge`.
                        tri!(set_methods::update_from(self, s, x));
                    } else {
                        let items = tri!(self.collect_iterable(x));
                        for v in items {
                            tri!(self.set_add(s, v));
                        }
                    }
                }
                Instr::DictInsert { dict, key, value } => {
                    let (d, k, v) = (rd!(dict), rd!(key), rd!(value));
                    tri!(self.dict_set(d, k, v));
                }
                Instr::DictUpdate { dict, src } => {
                    let (d, s) = (rd!(dict), rd!(src));
                    tri!(self.dict_display_update(d, s));
                }
                Instr::DictMerge { dict, src, func } => {
                    let (d, s, f) = (rd!(dict), rd!(src), rd!(func));
                    tri!(self.merge_kwargs(d, s, f));
                }
                Instr::ListToTuple { dst, src } => {
                    let items = match &rd!(src).as_obj().expect("list").body {
                        ObjBody::List(items) => items.clone(),
                        _ => unreachable!("ListToTuple on a non-list"),
                    };
                    r!(dst) = self.new_tuple(items);
                }
                Instr::GetItem { dst, obj, key } => {
                    let (o, k) = (rd!(obj), rd!(key));
                    record!(o, k);
                    let v = match (&o.as_obj().map(|o| &o.body), k.is_small_int()) {
                        (Some(ObjBody::List(items)), true) => {
                            let i = k.as_small_int();
                            let i = if i < 0 { i + items.len() as i64 } else { i };
                            match items.get(i as usize) {
                                Some(&v) if i >= 0 => v,
                                _ => tri!(Err(self.index_error("list index out of range"))),
                            }
                        }
                        _ => {
                            save_pc!();
                            tri!(self.get_item(o, k))
                        }
                    };
                    r!(dst) = v;
                }
                Instr::SetItem { obj, key, src } => {
                    let (o, k, v) = (rd!(obj), rd!(key), rd!(src));
                    record!(o, k);
                    save_pc!();
                    tri!(self.set_item(o, k, v));
                }
                Instr::DelItem { obj, key } => {
                    let (o, k) = (rd!(obj), rd!(key));
                    tri!(self.del_item(o, k));
                }
                Instr::GetAttr { dst, obj, name } => {
                    save_pc!();
                    let v = tri!(self.get_attr(rd!(obj), code.consts[name as usize]));
                    r!(dst) = v;
                }
                Instr::SetAttr { obj, name, src } => {
                    save_pc!();
                    let (o, v) = (rd!(obj), rd!(src));
                    tri!(self.set_attr(o, code.consts[name as usize], v));
                }
                Instr::DelAttr { obj, name } => {
                    let o = rd!(obj);
                    tri!(self.del_attr(o, code.consts[name as usize]));
                }
                Instr::UnpackSeq { dst, src, count } => {
                    save_pc!();
                    let v = rd!(src);
                    record!(v);
                    if let Some(ObjBody::Tuple(items)) = v.as_obj().map(|o| &o.body) {
                        if items.len() == count as usize {
                            for (i, &item) in items.iter().enumerate() {
                                r!(dst as usize + i) = item;
                            }
                            continue;
                        }
                    }
                    let items = tri!(self.unpack(v, count as usize));
                    for (i, v) in items.into_iter().enumerate() {
                        r!(dst as usize + i) = v;
                    }
                }
                Instr::UnpackEx {
                    dst,
                    src,
                    before,
                    after,
                } => {
                    save_pc!();
                    let items = tri!(self.unpack_ex(rd!(src), before as usize, after as usize));
                    for (i, v) in items.into_iter().enumerate() {
                        r!(dst as usize + i) = v;
                    }
                }
                Instr::FormatValue {
                    dst,
                    src,
                    conv,
                    spec,
                } => {
                    save_pc!();
                    r!(dst) = tri!(self.format_value_at(base, src, conv, spec));
                }
                Instr::BuildString { dst, start, count } => {
                    r!(dst) = self.build_string_at(base + start as usize, count as usize);
                }
                Instr::Raise { exc, cause } => {
                    save_pc!();
                    let e = if exc == NO_REG {
                        match self.handled.last() {
                            Some(&e) => e,
                            None => tri!(Err(self.error(
                                BuiltinType::RuntimeError,
                                "No active exception to reraise"
                            ))),
                        }
                    } else {
                        tri!(self.make_raisable(rd!(exc)))
                    };
                    if cause != NO_REG {
                        let c = rd!(cause);
                        tri!(self.set_cause(e, c));
                    }
                    // A re-raise in the frame that caught it keeps its traceback as is.
                    if let Some(ObjBody::Exception(x)) = e.as_obj().map(|o| &o.body) {
                        self.reraising = x.traceback.last().is_some_and(|&(c, _)| c == frame.code);
                    }
                    if let Some(&ctx) = self.handled.last() {
                        self.set_context(e, ctx);
                    }
                    tri!(Err(Exc(e)))
                }
                Instr::RaiseAssert { msg } => {
                    save_pc!();
                    let class = self.types.class(BuiltinType::AssertionError);
                    let args = if msg == NO_REG {
                        vec![]
                    } else {
                        vec![rd!(msg)]
                    };
                    let e = self.new_exception(class, args);
                    tri!(Err(Exc(e)))
                }
                Instr::ExceptMatch { dst, exc, typ } => {
                    let m = tri!(self.except_match(rd!(exc), rd!(typ)));
                    r!(dst) = Value::bool(m);
                }
                Instr::EnterHandler { exc } => {
                    let e = rd!(exc);
                    self.handled.push(e);
                }
                Instr::ExitHandler => {
                    if self.handled.len() > frame.handled_base {
                        self.handled.pop();
                    }
                }
                Instr::Yield { dst, src } => {
                    let v = rd!(src);
                    save_pc!();
                    let _ = dst;
                    return Ok(FrameExit::Yield(v));
                }
                Instr::YieldFrom { dst, src } => {
                    // Re-executed on each resume until the delegate is exhausted.
                    let it = rd!(src);
                    self.generator_return = Value::NONE;
                    match tri!(self.iter_next(it)) {
                        Some(v) => {
                            pc -= 1;
                            save_pc!();
                            return Ok(FrameExit::Yield(v));
                        }
                        None => {
                            r!(dst) = std::mem::replace(&mut self.generator_return, Value::NONE)
                        }
                    }
                }
                Instr::Import { dst, name } => {
                    let m = tri!(self.import(code.consts[name as usize]));
                    r!(dst) = m;
                }
                Instr::ImportFrom { dst, module, name } => {
                    let v = tri!(self.import_from(rd!(module), code.consts[name as usize]));
                    r!(dst) = v;
                }
                Instr::Nop => {}
            }
        }
    }

    fn unbound_local(&mut self, name: Value) -> Exc {
        let n = self.str(name).unwrap_or_default();
        self.error(
            BuiltinType::UnboundLocalError,
            format!("cannot access local variable '{n}' where it is not associated with a value"),
        )
    }

    /// Calls `f(*args, **kwargs)` from Rust code and returns its result. The caller
    /// must have rooted every value it holds (this is a safepoint).
    pub fn call_value(
        &mut self,
        f: Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        let at = self.free_base();
        let n = args.len() + kwargs.len();
        self.grow_stack(at + n + 1)?;
        self.stack[at..at + args.len()].copy_from_slice(args);
        for (i, (_, v)) in kwargs.iter().enumerate() {
            self.stack[at + args.len() + i] = *v;
        }
        // The arguments are registers now: keep them scanned until the callee's frame
        // covers them.
        let saved_top = self.stack_top;
        self.stack_top = at + n;
        let names = if kwargs.is_empty() {
            None
        } else {
            Some(self.new_tuple(kwargs.iter().map(|(k, _)| *k).collect()))
        };
        let result = self.call_at(f, at, n, names, usize::MAX);
        let result = match result {
            Ok(call::Called::Done(v)) => Ok(v),
            Ok(call::Called::Pushed) => {
                self.frames.last_mut().expect("pushed frame").entry = true;
                match self.run() {
                    Ok(FrameExit::Return(v)) => Ok(v),
                    Ok(FrameExit::Yield(_) | FrameExit::Stepped) => {
                        unreachable!("a function frame cannot yield")
                    }
                    Err(e) => Err(e),
                }
            }
            Err(e) => Err(e),
        };
        self.stack_top = saved_top;
        result
    }

    /// The register index of `reg` in the top frame (for builtins such as `super()`).
    pub fn top_frame_reg(&self, reg: Reg) -> Option<Value> {
        let f = self.frames.last()?;
        let code = &self.codes[f.code as usize];
        if code.signature.positional.is_empty() || code.kind == CodeKind::Module {
            return None;
        }
        Some(self.stack[f.base + reg as usize])
    }
}
