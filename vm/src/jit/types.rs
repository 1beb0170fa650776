//! The JIT's static types of registers, and the speculation decisions made from
//! them and from the interpreter's type feedback. [`super::analysis`] and the code
//! generator both decide through these functions, so they always agree.

use crate::bytecode::{BinaryOp, Instr};
use crate::interp::{
    FB_DICT, FB_FLOAT, FB_INT, FB_LIST, FB_RANGE_ITER, FB_SEQ_ITER, FB_STR, FB_TUPLE,
};
use crate::runtime::object::ObjBody;
use crate::runtime::value::Value;

/// What compiled code knows about a register at a point.
///
/// `Int` registers live unboxed in an i64 (the sign-extended 48-bit payload) and
/// `Float` registers in an f64; every other type is the boxed 64-bit word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// Nothing known yet (the bottom of the lattice, during inference only).
    Pending,
    Int,
    Float,
    Bool,
    Str,
    List,
    Tuple,
    Dict,
    /// An iterator over a range of i64s.
    RangeIter,
    /// An iterator over a list or tuple by index.
    SeqIter,
    /// An int known only modulo 2**64, in an i64 (wrapping arithmetic whose one
    /// reader masks it: see [`super::analysis::Analysis::wraps`]); never boxed.
    Wrapped,
    /// Any value.
    Any,
}

impl Ty {
    pub fn join(self, other: Ty) -> Ty {
        match (self, other) {
            (Ty::Pending, x) | (x, Ty::Pending) => x,
            (a, b) if a == b => a,
            _ => Ty::Any,
        }
    }

    /// The type of a constant.
    pub fn of_const(v: Value) -> Ty {
        if v.is_small_int() {
            Ty::Int
        } else if v.is_float() {
            Ty::Float
        } else if v.is_bool() {
            Ty::Bool
        } else {
            match v.as_obj().map(|o| &o.body) {
                Some(ObjBody::Str(_)) => Ty::Str,
                Some(ObjBody::Tuple(_)) => Ty::Tuple,
                _ => Ty::Any,
            }
        }
    }

    /// The type of a value that never changes, such as a global bound for good:
    /// that of a constant, and lists and dicts too.
    pub fn of_value(v: Value) -> Ty {
        match v.as_obj().map(|o| &o.body) {
            Some(ObjBody::List(_)) => Ty::List,
            Some(ObjBody::Dict(_)) => Ty::Dict,
            _ => Ty::of_const(v),
        }
    }

    /// The one type a feedback byte names, if it names exactly one.
    fn from_feedback(bits: u8) -> Option<Ty> {
        match bits {
            FB_INT => Some(Ty::Int),
            FB_FLOAT => Some(Ty::Float),
            FB_STR => Some(Ty::Str),
            FB_LIST => Some(Ty::List),
            FB_TUPLE => Some(Ty::Tuple),
            FB_DICT => Some(Ty::Dict),
            _ => None,
        }
    }

    pub fn is_number(self) -> bool {
        matches!(self, Ty::Int | Ty::Float)
    }

    /// Whether values of this type are heap objects, told by the object's type tag.
    pub fn is_object(self) -> bool {
        matches!(
            self,
            Ty::Str | Ty::List | Ty::Tuple | Ty::Dict | Ty::RangeIter | Ty::SeqIter
        )
    }

    /// Whether the boxed form can be a heap pointer (the GC must see it).
    pub fn may_be_pointer(self) -> bool {
        !matches!(self, Ty::Int | Ty::Float | Ty::Bool | Ty::Wrapped)
    }

    /// Whether boxed value `v` has this type: what `Translator::check_type` tests
    /// inline, for the checks made in Rust (`helpers::check_entry`). No value is a
    /// wrapped int (only ever unboxed).
    pub fn holds(self, v: Value) -> bool {
        use crate::runtime::object::IterState;
        match self {
            Ty::Pending | Ty::Any => true,
            Ty::Int => v.is_small_int(),
            Ty::Float => v.is_float(),
            Ty::Bool => v.is_bool(),
            Ty::Wrapped => false,
            Ty::Str | Ty::List | Ty::Tuple | Ty::Dict | Ty::RangeIter | Ty::SeqIter => {
                let Some(obj) = v.as_obj() else {
                    return false;
                };
                match (self, &obj.body) {
                    (Ty::Str, ObjBody::Str(_))
                    | (Ty::List, ObjBody::List(_))
                    | (Ty::Tuple, ObjBody::Tuple(_))
                    | (Ty::Dict, ObjBody::Dict(_)) => true,
                    (Ty::RangeIter, ObjBody::Iter(it)) => {
                        matches!(it.state, IterState::Range { .. })
                    }
                    (Ty::SeqIter, ObjBody::Iter(it)) => matches!(it.state, IterState::Seq { .. }),
                    _ => false,
                }
            }
        }
    }
}

/// The feedback of one instruction, or none when its speculation failed too often.
#[derive(Clone, Copy, Debug)]
pub struct SiteFeedback {
    pub feedback: u16,
    pub despecialized: bool,
}

impl SiteFeedback {
    fn operand(self, i: u32) -> u8 {
        (self.feedback >> (8 * i)) as u8
    }
}

/// How a numeric instruction is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Num {
    /// Both operands small ints (known or guarded): inline, an overflow deopts.
    Int,
    /// Both operands numbers, at least one a float; ints are converted exactly.
    Float,
    /// Two strs: compared, or concatenated (`+`), by a helper that cannot run Python
    /// code.
    Str,
    /// Inline paths for two small ints or two floats, the interpreter otherwise.
    Generic,
}

impl Num {
    pub fn result(self, true_div: bool) -> Ty {
        match self {
            Num::Int if true_div => Ty::Float,
            Num::Int => Ty::Int,
            Num::Float => Ty::Float,
            Num::Str => Ty::Bool,
            Num::Generic => Ty::Any,
        }
    }
}

/// The binary operator of an arithmetic instruction.
pub fn binary_op(instr: &Instr) -> Option<BinaryOp> {
    Some(match *instr {
        Instr::Add { .. } | Instr::AddInt { .. } => BinaryOp::Add,
        Instr::Sub { .. } | Instr::SubInt { .. } => BinaryOp::Sub,
        Instr::Mul { .. } => BinaryOp::Mul,
        Instr::TrueDiv { .. } => BinaryOp::TrueDiv,
        Instr::FloorDiv { .. } => BinaryOp::FloorDiv,
        Instr::Mod { .. } => BinaryOp::Mod,
        Instr::LShift { .. } => BinaryOp::LShift,
        Instr::RShift { .. } => BinaryOp::RShift,
        Instr::BitAnd { .. } => BinaryOp::BitAnd,
        Instr::BitOr { .. } => BinaryOp::BitOr,
        Instr::BitXor { .. } => BinaryOp::BitXor,
        Instr::Pow { .. } => BinaryOp::Pow,
        Instr::Inplace { op, .. } => op,
        _ => return None,
    })
}

/// The type each numeric operand is taken to have: what is known, else what the
/// feedback says it always was.
pub fn operand_guesses(a: Ty, b: Ty, site: SiteFeedback) -> (Ty, Ty) {
    let guess = |t: Ty, bits: u8| {
        if t != Ty::Any || site.despecialized {
            t
        } else {
            Ty::from_feedback(bits).unwrap_or(Ty::Any)
        }
    };
    (guess(a, site.operand(0)), guess(b, site.operand(1)))
}

/// Whether an operator has an inline float form.
fn float_inline(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::TrueDiv
    )
}

pub fn binary(op: BinaryOp, a: Ty, b: Ty, site: SiteFeedback) -> Num {
    if site.despecialized || op == BinaryOp::Pow {
        return Num::Generic;
    }
    match operand_guesses(a, b, site) {
        (Ty::Int, Ty::Int) => Num::Int,
        (x, y) if x.is_number() && y.is_number() && float_inline(op) => Num::Float,
        (Ty::Str, Ty::Str) if op == BinaryOp::Add => Num::Str,
        _ => Num::Generic,
    }
}

pub fn compare(a: Ty, b: Ty, site: SiteFeedback) -> Num {
    if site.despecialized {
        return Num::Generic;
    }
    match operand_guesses(a, b, site) {
        (Ty::Int, Ty::Int) => Num::Int,
        (x, y) if x.is_number() && y.is_number() => Num::Float,
        (Ty::Str, Ty::Str) => Num::Str,
        _ => Num::Generic,
    }
}

pub fn unary(a: Ty, site: SiteFeedback) -> Num {
    if site.despecialized {
        return Num::Generic;
    }
    match operand_guesses(a, Ty::Any, site).0 {
        Ty::Int => Num::Int,
        Ty::Float => Num::Float,
        _ => Num::Generic,
    }
}

/// How `obj[key]` is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// A list or tuple (the type given) and a small int, both guarded.
    Seq(Ty),
    /// A str and a small int (both guarded): an ASCII str's characters inline.
    Str,
    /// A dict (guarded); a small-int or str key is looked up by a helper that cannot
    /// run Python code, any other key by the interpreter.
    Dict,
    /// An inline path for a list and a small int, the interpreter otherwise.
    Generic,
}

pub fn item(obj: Ty, key: Ty, site: SiteFeedback) -> Item {
    if site.despecialized {
        return Item::Generic;
    }
    let (o, k) = operand_guesses(obj, key, site);
    match (o, k) {
        (Ty::List | Ty::Tuple, Ty::Int) => Item::Seq(o),
        (Ty::Str, Ty::Int) => Item::Str,
        (Ty::Dict, _) => Item::Dict,
        _ => Item::Generic,
    }
}

/// The kind of sequence `UnpackSeq` takes apart inline (a tuple or list, guarded).
pub fn unpack(src: Ty, site: SiteFeedback) -> Option<Ty> {
    match operand_guesses(src, Ty::Any, site).0 {
        t @ (Ty::Tuple | Ty::List) if !site.despecialized => Some(t),
        _ => None,
    }
}

/// Whether `in` tests a dict (guarded) with the plain-key helper.
pub fn contains_dict(container: Ty, site: SiteFeedback) -> bool {
    !site.despecialized && operand_guesses(Ty::Any, container, site).1 == Ty::Dict
}

/// How `ForIter` is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Iter {
    /// A range iterator (guarded): the next int inline.
    Range,
    /// An iterator over a list or tuple (guarded): the next item inline.
    Seq,
    /// An inline path for range iterators, the interpreter otherwise.
    Generic,
}

pub fn for_iter(iter: Ty, site: SiteFeedback) -> Iter {
    match iter {
        Ty::RangeIter => return Iter::Range,
        Ty::SeqIter => return Iter::Seq,
        _ if site.despecialized => return Iter::Generic,
        _ => {}
    }
    match site.operand(0) {
        FB_RANGE_ITER => Iter::Range,
        FB_SEQ_ITER => Iter::Seq,
        _ => Iter::Generic,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::heap::Heap;
    use crate::runtime::object::{IterObj, IterState, StrObj};

    /// Each type holds exactly the values of its kind (`Any` all of them), as the
    /// inline checks of `Translator::check_type` test.
    #[test]
    fn each_type_holds_its_own_values() {
        let mut heap = Heap::new(false);
        let list = heap.alloc(ObjBody::List(vec![]));
        let range = IterState::Range {
            next: 0,
            stop: 3,
            step: 1,
        };
        let seq = IterState::Seq {
            seq: list,
            index: 0,
        };
        let values = [
            (Ty::Int, Value::small_int(-5)),
            (Ty::Float, Value::float(2.5)),
            (Ty::Bool, Value::TRUE),
            (Ty::Str, heap.alloc(ObjBody::Str(StrObj::new("ab".into())))),
            (Ty::List, list),
            (Ty::Tuple, heap.alloc(ObjBody::Tuple(Box::new([])))),
            (Ty::Dict, heap.alloc(ObjBody::Dict(Default::default()))),
            (
                Ty::RangeIter,
                heap.alloc(ObjBody::Iter(IterObj { state: range })),
            ),
            (
                Ty::SeqIter,
                heap.alloc(ObjBody::Iter(IterObj { state: seq })),
            ),
            (Ty::Any, Value::NONE),
        ];
        for (t, _) in values {
            for (kind, v) in values {
                assert_eq!(t.holds(v), t == kind || t == Ty::Any, "{t:?} of a {kind:?}");
            }
        }
    }
}
