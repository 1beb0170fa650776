//! Heap objects: one allocation type, [`Obj`], whose body is a `#[repr(C, u8)]` enum so
//! that its tag sits at a fixed offset (compiled code reads it for type guards).

use super::dict::PyDict;
use super::set::PySet;
use super::value::Value;
use num_bigint::BigInt;
use std::cell::Cell;

/// A heap object: the GC's mark bit and the typed body.
#[repr(C)]
pub struct Obj {
    pub marked: Cell<bool>,
    pub body: ObjBody,
}

/// The int a freed cell holds under GC stress: an `Int64` object never holds a value
/// in the immediate range, so no live object looks like this.
const FREED_CELL: i64 = 0x0F4EE;

impl Obj {
    /// What the heap writes into a freed cell under GC stress.
    pub(crate) fn freed_cell() -> Obj {
        Obj {
            marked: Cell::new(false),
            body: ObjBody::Int64(FREED_CELL),
        }
    }

    /// Whether this is a cell the heap freed (recognizable under GC stress only).
    pub(crate) fn is_freed_cell(&self) -> bool {
        matches!(self.body, ObjBody::Int64(FREED_CELL))
    }
}

/// A heap object's body. Variants are at most 32 bytes, so an `Obj` is 48 (most
/// objects are strs, small tuples and lists): larger bodies are boxed.
#[repr(C, u8)]
pub enum ObjBody {
    Str(StrObj),
    /// An int outside the immediate 48-bit range that still fits in an i64 (one
    /// allocation, no digit vector: LCGs and hashes live here).
    Int64(i64),
    /// An int outside the i64 range.
    BigInt(BigInt),
    List(Vec<Value>),
    Tuple(Box<[Value]>),
    Dict(Box<PyDict>),
    Set(Box<PySet<Value>>),
    Range(Box<RangeObj>),
    Slice(SliceObj),
    Function(Box<FunctionObj>),
    Builtin(BuiltinObj),
    BoundMethod(BoundMethodObj),
    Iter(IterObj),
    Generator(Box<GeneratorObj>),
    Cell(Value),
    Class(Box<ClassObj>),
    Instance(Box<InstanceObj>),
    Exception(Box<ExceptionObj>),
    Module(Box<ModuleObj>),
    /// `d.keys()`, `d.values()`, `d.items()`: a live view of a dict.
    DictView(DictViewObj),
}

/// A `str`. Indexing is by code point; `char_len == text.len()` means ASCII, where a
/// code-point index is a byte index.
pub struct StrObj {
    pub text: Box<str>,
    pub char_len: usize,
    /// Cached hash; 0 means not yet computed (a computed 0 is stored as 1).
    pub hash: Cell<u64>,
}

impl StrObj {
    pub fn new(text: Box<str>) -> StrObj {
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        StrObj {
            text,
            char_len,
            hash: Cell::new(0),
        }
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The str's hash, computed once. (A cached hash also lets compiled code tell two
    /// strs apart without reading their text: see `jit::codegen::numbers`.)
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h as i64;
        }
        // (0 marks "not computed": a hash of 0, the empty str's, is not cached.)
        let h = super::hash::hash_str(&self.text);
        self.hash.set(h as u64);
        h
    }
}

#[derive(Clone, Copy)]
/// `range(start, stop, step)`. Bounds are i128 so ranges of ints past 2**63 work;
/// construction keeps them within ±2**100, so no arithmetic on them overflows.
pub struct RangeObj {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl RangeObj {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len(&self) -> i128 {
        let RangeObj { start, stop, step } = *self;
        if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / -step + 1
        } else {
            0
        }
    }

    /// The element at index `i` (which the caller has bounds-checked).
    pub fn at(&self, i: i128) -> i128 {
        self.start + i * self.step
    }
}

/// `slice(start, stop, step)`; each field may be `None`.
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct FunctionObj {
    /// Index of the code object in the program's code table.
    pub code: u32,
    pub defaults: Box<[Value]>,
    /// Defaults of keyword-only parameters, by parameter index (UNBOUND when none).
    pub kw_defaults: Box<[Value]>,
    /// The cells this function closes over, in the order of the code's free variables.
    pub closure: Box<[Value]>,
    /// The class whose body defined this function (for `super()`), or None.
    pub owner_class: Value,
}

/// A function implemented in Rust.
pub struct BuiltinObj {
    pub id: crate::interp::builtins::BuiltinId,
    /// For a method of a built-in module or type: the bound receiver, else None.
    pub receiver: Value,
}

/// `obj.method` — a function bound to its receiver.
pub struct BoundMethodObj {
    pub receiver: Value,
    pub func: Value,
}

pub struct IterObj {
    pub state: IterState,
}

pub struct WideRangeIter {
    pub next: i128,
    pub stop: i128,
    pub step: i128,
}

/// Over a dict's or set's entries; `kind` picks keys, values or items.
pub struct DictIter {
    pub dict: Value,
    pub index: usize,
    pub kind: DictViewKind,
    pub expected_len: usize,
    /// Items not yet produced: a dict that yields more than it had when the
    /// iteration began had keys replaced (CPython's "keys changed" error).
    pub remaining: usize,
}

/// `repr(C, u8)`: the tag is a byte at offset 0, which compiled code reads to
/// recognize a range iterator (see `jit/layout.rs`).
#[repr(C, u8)]
pub enum IterState {
    /// Over a list, tuple or str by index (the sequence may change while iterating).
    Seq {
        seq: Value,
        index: usize,
    },
    /// Over a str by byte offset (non-ASCII strings).
    StrChars {
        s: Value,
        byte: usize,
    },
    /// A range whose start, stop and step are all small ints: every value it yields
    /// is one, and `next + step` never overflows (compiled code relies on both).
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Any other range (boxed, as the next one, to keep iterators at 32 bytes).
    WideRange(Box<WideRangeIter>),
    Dict(Box<DictIter>),
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        iters: Box<[Value]>,
    },
    Map {
        func: Value,
        iters: Box<[Value]>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    /// The old sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictViewObj {
    pub dict: Value,
    pub kind: DictViewKind,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
}

/// A suspended generator: its frame's registers and where to resume.
pub struct GeneratorObj {
    pub func: Value,
    pub regs: Vec<Value>,
    pub pc: usize,
    pub state: GenState,
    /// While a `yield from` delegates, the inner iterator.
    pub delegate: Value,
    /// The exceptions its frame was handling when it last yielded (CPython's
    /// `gi_exc_state`): a bare `raise` after a `yield` in an except block re-raises.
    pub handled: Vec<Value>,
}

pub struct ClassObj {
    pub name: Box<str>,
    /// `Outer.Inner`, `f.<locals>.C`: the name in reprs and tracebacks.
    pub qualname: Box<str>,
    pub base: Value,
    pub attrs: PyDict,
    /// The built-in type this class is (or derives from), if any.
    pub builtin: Option<crate::interp::types::BuiltinType>,
}

pub struct InstanceObj {
    pub class: Value,
    pub attrs: PyDict,
}

pub struct ExceptionObj {
    pub class: Value,
    /// The arguments it was raised with (a tuple).
    pub args: Value,
    pub attrs: PyDict,
    /// (code index, line) of each frame it passed through, innermost first.
    pub traceback: Vec<(u32, u32)>,
    /// The exception being handled when this one was raised.
    pub context: Value,
}

pub struct ModuleObj {
    pub name: Box<str>,
    pub attrs: PyDict,
}

impl Obj {
    /// Calls `f` on every value this object refers to (for the GC's mark phase).
    /// Whether [`Obj::for_each_ref`] can report anything (the GC need not scan the
    /// object's body when not).
    #[inline]
    pub fn has_refs(&self) -> bool {
        !matches!(
            self.body,
            ObjBody::Str(_) | ObjBody::Int64(_) | ObjBody::BigInt(_) | ObjBody::Range(_)
        )
    }

    pub fn for_each_ref(&self, mut f: impl FnMut(Value)) {
        match &self.body {
            ObjBody::Str(_) | ObjBody::Int64(_) | ObjBody::BigInt(_) | ObjBody::Range(_) => {}
            ObjBody::List(items) => items.iter().copied().for_each(f),
            ObjBody::Tuple(items) => items.iter().copied().for_each(f),
            ObjBody::Dict(d) => d.for_each_ref(f),
            ObjBody::Set(s) => s.for_each_ref(f),
            ObjBody::Slice(s) => {
                f(s.start);
                f(s.stop);
                f(s.step);
            }
            ObjBody::Function(func) => {
                func.defaults.iter().copied().for_each(&mut f);
                func.kw_defaults.iter().copied().for_each(&mut f);
                func.closure.iter().copied().for_each(&mut f);
                f(func.owner_class);
            }
            ObjBody::Builtin(b) => f(b.receiver),
            ObjBody::BoundMethod(m) => {
                f(m.receiver);
                f(m.func);
            }
            ObjBody::Iter(it) => match &it.state {
                IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => f(*seq),
                IterState::StrChars { s, .. } => f(*s),
                IterState::Dict(d) => f(d.dict),
                IterState::Enumerate { inner, count } => {
                    f(*inner);
                    f(*count);
                }
                IterState::Zip { iters } => iters.iter().copied().for_each(f),
                IterState::Map { func, iters } => {
                    f(*func);
                    iters.iter().copied().for_each(f);
                }
                IterState::Filter { func, inner } => {
                    f(*func);
                    f(*inner);
                }
                IterState::GetItem { obj, .. } => f(*obj),
                IterState::Range { .. } | IterState::WideRange(_) | IterState::Exhausted => {}
            },
            ObjBody::Generator(g) => {
                f(g.func);
                f(g.delegate);
                g.regs.iter().copied().for_each(&mut f);
                g.handled.iter().copied().for_each(f);
            }
            ObjBody::Cell(v) => f(*v),
            ObjBody::Class(c) => {
                f(c.base);
                c.attrs.for_each_ref(f);
            }
            ObjBody::Instance(i) => {
                f(i.class);
                i.attrs.for_each_ref(f);
            }
            ObjBody::Exception(e) => {
                f(e.class);
                f(e.args);
                f(e.context);
                e.attrs.for_each_ref(f);
            }
            ObjBody::Module(m) => m.attrs.for_each_ref(f),
            ObjBody::DictView(v) => f(v.dict),
        }
    }

    /// Approximate heap bytes owned by this object, for GC pacing.
    pub fn size_hint(&self) -> usize {
        let extra = match &self.body {
            ObjBody::Str(s) => s.text.len(),
            ObjBody::List(items) => items.capacity() * 8,
            ObjBody::Tuple(items) => items.len() * 8,
            ObjBody::Dict(d) => d.capacity() * 32,
            ObjBody::Set(s) => s.capacity() * 16,
            ObjBody::BigInt(b) => (b.bits() / 8) as usize,
            ObjBody::Generator(g) => g.regs.len() * 8,
            _ => 0,
        };
        std::mem::size_of::<Obj>() + extra
    }
}
