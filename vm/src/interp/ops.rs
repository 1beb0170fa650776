//! Generic operations on values: binary and unary operators, comparison, equality,
//! hashing, truthiness, membership and subscripts. The dispatch loop inlines the
//! small-int and float fast paths and calls these for everything else.

use super::error::{Exc, PyResult};
use super::number::Int;
use super::types::BuiltinType;
use super::Vm;
use crate::bytecode::BinaryOp;
use crate::runtime::hash;
use crate::runtime::object::{DictViewKind, ObjBody, RangeObj};
use crate::runtime::value::Value;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Zero};
use std::cmp::Ordering;

pub use crate::bytecode::CmpKind;

impl CmpKind {
    fn symbol(self) -> &'static str {
        match self {
            CmpKind::Eq => "==",
            CmpKind::Ne => "!=",
            CmpKind::Lt => "<",
            CmpKind::Le => "<=",
            CmpKind::Gt => ">",
            CmpKind::Ge => ">=",
        }
    }

    fn dunder(self) -> &'static str {
        match self {
            CmpKind::Eq => "__eq__",
            CmpKind::Ne => "__ne__",
            CmpKind::Lt => "__lt__",
            CmpKind::Le => "__le__",
            CmpKind::Gt => "__gt__",
            CmpKind::Ge => "__ge__",
        }
    }

    /// The operator with operands swapped (`a < b` is `b > a`).
    fn reflected(self) -> CmpKind {
        match self {
            CmpKind::Lt => CmpKind::Gt,
            CmpKind::Le => CmpKind::Ge,
            CmpKind::Gt => CmpKind::Lt,
            CmpKind::Ge => CmpKind::Le,
            k => k,
        }
    }

    fn holds(self, o: Ordering) -> bool {
        match self {
            CmpKind::Eq => o == Ordering::Equal,
            CmpKind::Ne => o != Ordering::Equal,
            CmpKind::Lt => o == Ordering::Less,
            CmpKind::Le => o != Ordering::Greater,
            CmpKind::Gt => o == Ordering::Greater,
            CmpKind::Ge => o != Ordering::Less,
        }
    }
}

/// Item `i` of the list or tuple `seq`, if it has one.
fn seq_item(seq: Value, i: usize) -> Option<Value> {
    match &seq.as_obj()?.body {
        ObjBody::List(items) => items.get(i).copied(),
        ObjBody::Tuple(items) => items.get(i).copied(),
        _ => None,
    }
}

/// The length of the list or tuple `seq`.
fn seq_len(seq: Value) -> usize {
    match seq.as_obj().map(|o| &o.body) {
        Some(ObjBody::List(items)) => items.len(),
        Some(ObjBody::Tuple(items)) => items.len(),
        _ => 0,
    }
}

fn is_sequence(t: BuiltinType) -> bool {
    matches!(t, BuiltinType::Str | BuiltinType::List | BuiltinType::Tuple)
}

/// Compares an int with a float exactly (no rounding of large ints or floats).
fn cmp_int_float(i: &Int, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    match i {
        Int::Small(i) if i.unsigned_abs() < (1 << 53) => (*i as f64).partial_cmp(&f),
        _ => {
            if f.is_infinite() {
                return Some(if f > 0.0 {
                    Ordering::Less
                } else {
                    Ordering::Greater
                });
            }
            let fl = f.floor();
            // Exact: an integral float converts without rounding (`as i128` would
            // saturate from 2**127 on).
            let big = BigInt::from_f64(fl).expect("a finite float");
            let ib = i.to_big();
            match ib.cmp(&big) {
                Ordering::Equal if f > fl => Some(Ordering::Less),
                o => Some(o),
            }
        }
    }
}

impl Vm {
    /// `a op b` for any operands.
    pub fn binary_op(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<Value> {
        self.binary_op_as(op, a, b, false)
    }

    /// `a op b`, or the fallback of `a op= b` (`inplace`, which only changes the
    /// operator the TypeError names).
    fn binary_op_as(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        if a.is_bool() && b.is_bool() {
            // bool's own &, |, ^ keep the result a bool.
            let (x, y) = (a.as_bool(), b.as_bool());
            match op {
                BinaryOp::BitAnd => return Ok(Value::bool(x & y)),
                BinaryOp::BitOr => return Ok(Value::bool(x | y)),
                BinaryOp::BitXor => return Ok(Value::bool(x ^ y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (Vm::as_int(a), Vm::as_int(b)) {
            return self.int_binary(op, x, y);
        }
        if a.is_float() || b.is_float() {
            if let (Some(x), Some(y)) = (self.as_float_operand(a)?, self.as_float_operand(b)?) {
                if matches!(
                    op,
                    BinaryOp::Add
                        | BinaryOp::Sub
                        | BinaryOp::Mul
                        | BinaryOp::TrueDiv
                        | BinaryOp::FloorDiv
                        | BinaryOp::Mod
                        | BinaryOp::Pow
                ) {
                    return self.float_binary(op, x, y);
                }
            }
        }
        if let Some(v) = self.sequence_binary(op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = self.dunder_binary(op, a, b)? {
            return Ok(v);
        }
        Err(self.unsupported_operands(op, a, b, inplace))
    }

    fn unsupported_operands(
        &mut self,
        op: BinaryOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> super::error::Exc {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let concat = matches!(op, BinaryOp::Add)
            && matches!(
                self.builtin_type(a),
                BuiltinType::Str | BuiltinType::List | BuiltinType::Tuple
            );
        let msg = if concat {
            format!("can only concatenate {ta} (not \"{tb}\") to {ta}")
        } else if op == BinaryOp::Mul && is_sequence(self.builtin_type(a)) {
            format!("can't multiply sequence by non-int of type '{tb}'")
        } else if op == BinaryOp::Mul && is_sequence(self.builtin_type(b)) {
            format!("can't multiply sequence by non-int of type '{ta}'")
        } else {
            let symbol = match (op, inplace) {
                (BinaryOp::Pow, true) => "**=".to_string(),
                (_, true) => format!("{}=", op.symbol()),
                (_, false) => op.symbol().to_string(),
            };
            format!("unsupported operand type(s) for {symbol}: '{ta}' and '{tb}'")
        };
        self.type_error(msg)
    }

    /// Operators on str, list, tuple, set and dict operands.
    fn sequence_binary(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let (Some(oa), ob) = (a.as_obj(), b.as_obj()) else {
            // int * sequence
            if op == BinaryOp::Mul {
                if let (Some(n), Some(_)) = (Vm::as_int(a), b.as_obj()) {
                    if matches!(
                        self.builtin_type(b),
                        BuiltinType::Str | BuiltinType::List | BuiltinType::Tuple
                    ) {
                        return self.repeat(b, &n).map(Some);
                    }
                }
            }
            return Ok(None);
        };
        match (&oa.body, ob.map(|o| &o.body), op) {
            (ObjBody::Str(x), Some(ObjBody::Str(y)), BinaryOp::Add) => {
                let mut s = String::with_capacity(x.text.len() + y.text.len());
                s.push_str(&x.text);
                s.push_str(&y.text);
                Ok(Some(self.new_str(s)))
            }
            (ObjBody::List(x), Some(ObjBody::List(y)), BinaryOp::Add) => {
                let mut v = Vec::with_capacity(x.len() + y.len());
                v.extend_from_slice(x);
                v.extend_from_slice(y);
                Ok(Some(self.new_list(v)))
            }
            (ObjBody::Tuple(x), Some(ObjBody::Tuple(y)), BinaryOp::Add) => {
                let v: Vec<Value> = x.iter().chain(y.iter()).copied().collect();
                Ok(Some(self.new_tuple(v)))
            }
            (ObjBody::Str(_) | ObjBody::List(_) | ObjBody::Tuple(_), _, BinaryOp::Mul) => {
                match Vm::as_int(b) {
                    Some(n) => self.repeat(a, &n).map(Some),
                    None => Ok(None),
                }
            }
            (ObjBody::Str(_), _, BinaryOp::Mod) => self.percent_format(a, b).map(Some),
            (
                ObjBody::Set(_),
                Some(ObjBody::Set(_)),
                BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor,
            ) => self.set_operator(op, a, b).map(Some),
            (ObjBody::Dict(x), Some(ObjBody::Dict(_)), BinaryOp::BitOr) => {
                let d = self.heap.alloc(ObjBody::Dict(Box::new(x.copy())));
                self.dict_update(d, b)?;
                Ok(Some(d))
            }
            // A keys or items view on either side (on the right, the view's reflected
            // operator, which CPython reaches after a built-in left operand declines;
            // an instance's own dunders come first).
            (left, _, BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor)
                if !matches!(left, ObjBody::Instance(_) | ObjBody::Exception(_))
                    && (set_view(a) || set_view(b)) =>
            {
                super::set_methods::view_operator(self, op, a, b).map(Some)
            }
            _ => Ok(None),
        }
    }

    fn repeat(&mut self, seq: Value, n: &Int) -> PyResult<Value> {
        let n = match n {
            Int::Small(n) => (*n).max(0) as usize,
            // Beyond i64 is beyond CPython's index-sized integers, either sign.
            Int::Big(_) => {
                return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
        };
        let len = match &seq.as_obj().expect("sequence").body {
            ObjBody::Str(s) => s.text.len(),
            ObjBody::List(l) => l.len(),
            ObjBody::Tuple(t) => t.len(),
            _ => 0,
        };
        if len.saturating_mul(n) > 1 << 32 {
            return Err(self.error(BuiltinType::MemoryError, ""));
        }
        Ok(match &seq.as_obj().expect("sequence").body {
            ObjBody::Str(s) => {
                let r = s.text.repeat(n);
                self.new_str(r)
            }
            ObjBody::List(l) => {
                let r = l.repeat(n);
                self.new_list(r)
            }
            ObjBody::Tuple(t) => {
                let r = t.repeat(n);
                self.new_tuple(r)
            }
            _ => unreachable!("repeat of a non-sequence"),
        })
    }

    /// User-defined `__add__` / `__radd__` and friends.
    fn dunder_binary(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let (name, rname, _) = op.dunders();
        // A subclass's own reflected method goes first (CPython's SLOT1BINFULL).
        if self.subclass_first(a, b, rname, true) {
            if let Some(r) = self.call_dunder(b, rname, &[a])? {
                if !self.is_not_implemented(r) {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(r) = self.call_dunder(a, name, &[b])? {
            if !self.is_not_implemented(r) {
                return Ok(Some(r));
            }
        }
        if let Some(r) = self.call_dunder(b, rname, &[a])? {
            if !self.is_not_implemented(r) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `a op= b`: in place for lists and sets and user `__iadd__`; else `a op b`.
    pub fn inplace_op(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<Value> {
        match (a.as_obj().map(|o| &o.body), op) {
            (Some(ObjBody::List(_)), BinaryOp::Add) => {
                self.list_extend(a, b)?;
                return Ok(a);
            }
            (Some(ObjBody::List(l)), BinaryOp::Mul) => {
                if let Some(n) = Vm::as_int(b) {
                    let n = match n {
                        Int::Small(n) => n.max(0) as usize,
                        Int::Big(_) => {
                            return Err(
                                self.overflow_error("cannot fit 'int' into an index-sized integer")
                            )
                        }
                    };
                    let repeated = l.repeat(n);
                    if let ObjBody::List(l) = &mut a.as_obj().expect("list").body {
                        *l = repeated;
                    }
                    return Ok(a);
                }
            }
            // As CPython's set_ior, set_isub and set_ixor: `a` changes in place, so
            // its table (and the order it prints in) evolves as with the methods.
            (Some(ObjBody::Set(_)), BinaryOp::BitOr | BinaryOp::Sub | BinaryOp::BitXor)
                if matches!(b.as_obj().map(|o| &o.body), Some(ObjBody::Set(_))) =>
            {
                use super::set_methods;
                let method = match op {
                    BinaryOp::BitOr => set_methods::update,
                    BinaryOp::Sub => set_methods::difference_update,
                    _ => set_methods::symmetric_difference_update,
                };
                method(self, a, &[b], &[])?;
                return Ok(a);
            }
            // set_iand: the intersection's table replaces `a`'s.
            (Some(ObjBody::Set(_)), BinaryOp::BitAnd)
                if matches!(b.as_obj().map(|o| &o.body), Some(ObjBody::Set(_))) =>
            {
                let r = self.set_operator(op, a, b)?;
                let result = match &mut r.as_obj().expect("set").body {
                    ObjBody::Set(s) => std::mem::take(s),
                    _ => unreachable!("set operator returns a set"),
                };
                // The table only: the pop finger stays `a`'s (CPython's set_swap_bodies).
                if let ObjBody::Set(s) = &mut a.as_obj().expect("set").body {
                    s.replace_body(*result);
                }
                return Ok(a);
            }
            (Some(ObjBody::Instance(_)), _) => {
                let (_, _, iname) = op.dunders();
                if let Some(r) = self.call_dunder(a, iname, &[b])? {
                    if !self.is_not_implemented(r) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        self.binary_op_as(op, a, b, true)
    }

    pub fn unary_neg(&mut self, v: Value) -> PyResult<Value> {
        if v.is_float() {
            return Ok(Value::float(-v.as_float()));
        }
        if let Some(i) = Vm::as_int(v) {
            return Ok(match i {
                Int::Small(i) => match i.checked_neg() {
                    Some(n) => self.new_int(n),
                    None => self.int_from_big(-num_bigint::BigInt::from(i)),
                },
                Int::Big(b) => {
                    let n = -b.clone();
                    self.int_from_big(n)
                }
            });
        }
        self.unary_dunder(v, "__neg__", "-")
    }

    pub fn unary_pos(&mut self, v: Value) -> PyResult<Value> {
        if v.is_float() || v.is_small_int() {
            return Ok(v);
        }
        if v.is_bool() {
            return Ok(Value::small_int(v.as_bool() as i64));
        }
        if Vm::as_int(v).is_some() {
            return Ok(v);
        }
        self.unary_dunder(v, "__pos__", "+")
    }

    pub fn unary_invert(&mut self, v: Value) -> PyResult<Value> {
        if let Some(i) = Vm::as_int(v) {
            return Ok(match i {
                Int::Small(i) => self.new_int(!i),
                Int::Big(b) => {
                    let n = !b.clone();
                    self.int_from_big(n)
                }
            });
        }
        self.unary_dunder(v, "__invert__", "~")
    }

    fn unary_dunder(&mut self, v: Value, name: &'static str, symbol: &str) -> PyResult<Value> {
        if let Some(r) = self.call_dunder(v, name, &[])? {
            return Ok(r);
        }
        let msg = format!(
            "bad operand type for unary {symbol}: '{}'",
            self.type_name(v)
        );
        Err(self.type_error(msg))
    }

    pub fn is(&self, a: Value, b: Value) -> bool {
        a == b
    }

    /// `a <op> b` as a Python bool value (or whatever a user dunder returns).
    pub fn compare(&mut self, a: Value, b: Value, kind: CmpKind) -> PyResult<Value> {
        if matches!(kind, CmpKind::Eq | CmpKind::Ne) {
            if let Some(eq) = self.builtin_eq(a, b)? {
                return Ok(Value::bool(eq == (kind == CmpKind::Eq)));
            }
        } else if let Some(o) = self.builtin_cmp(a, b, kind)? {
            return Ok(Value::bool(o));
        }
        // User-defined rich comparison, then its reflection (first, when the
        // right operand's class is a subclass with the reflected method, as
        // CPython's do_richcompare).
        let reflected = kind.reflected().dunder();
        let reflect_first = self.subclass_first(a, b, reflected, false);
        if reflect_first {
            if let Some(r) = self.rich_compare_one(b, a, kind.reflected())? {
                return Ok(r);
            }
        }
        if let Some(r) = self.rich_compare_one(a, b, kind)? {
            return Ok(r);
        }
        if !reflect_first {
            if let Some(r) = self.rich_compare_one(b, a, kind.reflected())? {
                return Ok(r);
            }
        }
        match kind {
            CmpKind::Eq => Ok(Value::bool(a == b)),
            CmpKind::Ne => Ok(Value::bool(a != b)),
            _ => {
                let msg = format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    kind.symbol(),
                    self.type_name(a),
                    self.type_name(b)
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// `x.__op__(y)` of a user class, None if it has none or it returned
    /// NotImplemented. A class without `__ne__` has object's, which inverts its
    /// `__eq__`.
    fn rich_compare_one(&mut self, x: Value, y: Value, kind: CmpKind) -> PyResult<Option<Value>> {
        if let Some(r) = self.call_dunder(x, kind.dunder(), &[y])? {
            return Ok((!self.is_not_implemented(r)).then_some(r));
        }
        if kind == CmpKind::Ne {
            if let Some(r) = self.call_dunder(x, "__eq__", &[y])? {
                if self.is_not_implemented(r) {
                    return Ok(None);
                }
                let t = self.truthy(r)?;
                return Ok(Some(Value::bool(!t)));
            }
        }
        Ok(None)
    }

    /// `a == b` as a Rust bool.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b && !a.is_float() {
            return Ok(true);
        }
        let r = self.compare(a, b, CmpKind::Eq)?;
        self.truthy(r)
    }

    /// Equality for built-in values; None when a user `__eq__` may decide.
    fn builtin_eq(&mut self, a: Value, b: Value) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (Vm::as_int(a), Vm::as_int(b)) {
            return Ok(Some(match (x, y) {
                (Int::Small(x), Int::Small(y)) => x == y,
                (x, y) => x.to_big() == y.to_big(),
            }));
        }
        if a.is_float() || b.is_float() {
            return Ok(Some(match (a.is_float(), b.is_float()) {
                (true, true) => a.as_float() == b.as_float(),
                (true, false) => Vm::as_int(b)
                    .is_some_and(|i| cmp_int_float(&i, a.as_float()) == Some(Ordering::Equal)),
                (false, true) => Vm::as_int(a)
                    .is_some_and(|i| cmp_int_float(&i, b.as_float()) == Some(Ordering::Equal)),
                _ => unreachable!("one operand is a float"),
            }));
        }
        let (Some(oa), Some(ob)) = (a.as_obj(), b.as_obj()) else {
            if matches!(a.as_obj().map(|o| &o.body), Some(ObjBody::Instance(_)))
                || matches!(b.as_obj().map(|o| &o.body), Some(ObjBody::Instance(_)))
            {
                return Ok(None);
            }
            return Ok(Some(a == b));
        };
        Ok(Some(match (&oa.body, &ob.body) {
            (ObjBody::Str(x), ObjBody::Str(y)) => x.text == y.text,
            (ObjBody::List(_), ObjBody::List(_)) | (ObjBody::Tuple(_), ObjBody::Tuple(_)) => {
                self.seq_eq(a, b)?
            }
            (ObjBody::Dict(x), ObjBody::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(Some(false));
                }
                let pairs: Vec<(Value, Value)> = x.iter().collect();
                self.enter_comparison()?;
                let r = self.dict_eq_items(&pairs, b);
                self.leave_c_level();
                r?
            }
            (ObjBody::Set(x), ObjBody::Set(y)) => {
                if x.len() != y.len() {
                    return Ok(Some(false));
                }
                self.set_is_subset(a, b)?
            }
            (ObjBody::Range(x), ObjBody::Range(y)) => range_eq(x, y),
            // Bound methods: the same function bound to the same object.
            (ObjBody::BoundMethod(x), ObjBody::BoundMethod(y)) => {
                x.receiver == y.receiver && x.func == y.func
            }
            (ObjBody::DictView(_), _) | (_, ObjBody::DictView(_)) => {
                // Keys and items views are set-like; values views equal only
                // themselves.
                if !(set_like(a) && set_like(b)) {
                    return Ok(Some(a == b));
                }
                self.len_of(a)? == self.len_of(b)? && self.contains_all(a, b)?
            }
            (ObjBody::Instance(_), _) | (_, ObjBody::Instance(_)) => return Ok(None),
            _ => a == b,
        }))
    }

    /// `x == y` for two lists or two tuples. Items are read afresh at each step: a
    /// user `__eq__` may change a list while it is being compared (as in CPython, the
    /// lengths are re-read too).
    fn seq_eq(&mut self, x: Value, y: Value) -> PyResult<bool> {
        if seq_len(x) != seq_len(y) {
            return Ok(false);
        }
        self.enter_comparison()?;
        let r = self.seq_eq_items(x, y);
        self.leave_c_level();
        r
    }

    /// Whether dict `b` has every key of `pairs` with an equal value.
    fn dict_eq_items(&mut self, pairs: &[(Value, Value)], b: Value) -> PyResult<bool> {
        for &(k, v) in pairs {
            match self.dict_get(b, k)? {
                Some(w) if self.eq(v, w)? => {}
                _ => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Counts one more level of nested sequence comparison against the recursion
    /// limit, as CPython counts each rich comparison with the Python frames: deeply
    /// nested lists raise RecursionError instead of exhausting the native stack.
    fn enter_comparison(&mut self) -> PyResult<()> {
        self.enter_c_level(" in comparison")
    }

    fn seq_eq_items(&mut self, x: Value, y: Value) -> PyResult<bool> {
        let mut i = 0;
        while let (Some(p), Some(q)) = (seq_item(x, i), seq_item(y, i)) {
            // CPython compares items with `is` first (so `[nan] == [nan]`).
            if p != q && !self.key_eq(p, q)? {
                return Ok(false);
            }
            i += 1;
        }
        Ok(seq_len(x) == seq_len(y))
    }

    /// Ordering comparisons among built-in values; None when not built in.
    fn builtin_cmp(&mut self, a: Value, b: Value, kind: CmpKind) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (Vm::as_int(a), Vm::as_int(b)) {
            let o = match (x, y) {
                (Int::Small(x), Int::Small(y)) => x.cmp(&y),
                (x, y) => x.to_big().cmp(&y.to_big()),
            };
            return Ok(Some(kind.holds(o)));
        }
        if a.is_float() || b.is_float() {
            let o = match (a.is_float(), b.is_float()) {
                (true, true) => a.as_float().partial_cmp(&b.as_float()),
                (true, false) => match Vm::as_int(b) {
                    Some(i) => cmp_int_float(&i, a.as_float()).map(Ordering::reverse),
                    None => return Ok(None),
                },
                (false, true) => match Vm::as_int(a) {
                    Some(i) => cmp_int_float(&i, b.as_float()),
                    None => return Ok(None),
                },
                _ => unreachable!("one operand is a float"),
            };
            return Ok(Some(o.is_some_and(|o| kind.holds(o))));
        }
        let (Some(oa), Some(ob)) = (a.as_obj(), b.as_obj()) else {
            return Ok(None);
        };
        match (&oa.body, &ob.body) {
            (ObjBody::Str(x), ObjBody::Str(y)) => Ok(Some(kind.holds(x.text.cmp(&y.text)))),
            (ObjBody::List(_), ObjBody::List(_)) | (ObjBody::Tuple(_), ObjBody::Tuple(_)) => {
                self.seq_cmp(a, b, kind).map(Some)
            }
            (ObjBody::Set(_) | ObjBody::DictView(_), ObjBody::Set(_) | ObjBody::DictView(_))
                if set_like(a) && set_like(b) =>
            {
                let (la, lb) = (self.len_of(a)?, self.len_of(b)?);
                if !matches!((&oa.body, &ob.body), (ObjBody::Set(_), ObjBody::Set(_))) {
                    return Ok(Some(match kind {
                        CmpKind::Le => la <= lb && self.contains_all(a, b)?,
                        CmpKind::Lt => la < lb && self.contains_all(a, b)?,
                        CmpKind::Ge => la >= lb && self.contains_all(b, a)?,
                        CmpKind::Gt => la > lb && self.contains_all(b, a)?,
                        _ => unreachable!("ordering comparison"),
                    }));
                }
                Ok(Some(match kind {
                    CmpKind::Le => self.set_is_subset(a, b)?,
                    CmpKind::Lt => la < lb && self.set_is_subset(a, b)?,
                    CmpKind::Ge => self.set_is_subset(b, a)?,
                    CmpKind::Gt => la > lb && self.set_is_subset(b, a)?,
                    _ => unreachable!("ordering comparison"),
                }))
            }
            _ => Ok(None),
        }
    }

    /// Lexicographic comparison: the first unequal pair decides.
    /// `x op y` for two lists or two tuples: the first items that differ decide, else
    /// the lengths (items read afresh at each step, as in [`Vm::seq_eq`]).
    fn seq_cmp(&mut self, x: Value, y: Value, kind: CmpKind) -> PyResult<bool> {
        self.enter_comparison()?;
        let r = self.seq_cmp_items(x, y, kind);
        self.leave_c_level();
        r
    }

    fn seq_cmp_items(&mut self, x: Value, y: Value, kind: CmpKind) -> PyResult<bool> {
        let mut i = 0;
        while let (Some(p), Some(q)) = (seq_item(x, i), seq_item(y, i)) {
            // CPython compares items with `is` first (so `[nan] == [nan]`).
            if p != q && !self.key_eq(p, q)? {
                let r = self.compare(p, q, kind)?;
                return self.truthy(r);
            }
            i += 1;
        }
        Ok(kind.holds(seq_len(x).cmp(&seq_len(y))))
    }

    /// `bool(v)`
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if v.is_bool() {
            return Ok(v.as_bool());
        }
        if v.is_small_int() {
            return Ok(v.as_small_int() != 0);
        }
        if v.is_float() {
            return Ok(v.as_float() != 0.0);
        }
        let Some(obj) = v.as_obj() else {
            return Ok(false);
        };
        Ok(match &obj.body {
            ObjBody::Str(s) => !s.text.is_empty(),
            ObjBody::Int64(i) => *i != 0,
            ObjBody::BigInt(b) => !b.is_zero(),
            ObjBody::List(l) => !l.is_empty(),
            ObjBody::Tuple(t) => !t.is_empty(),
            ObjBody::Dict(d) => !d.is_empty(),
            ObjBody::Set(s) => !s.is_empty(),
            ObjBody::Range(r) => !r.is_empty(),
            ObjBody::DictView(view) => match view.dict.as_obj().map(|o| &o.body) {
                Some(ObjBody::Dict(d)) => !d.is_empty(),
                _ => true,
            },
            ObjBody::Instance(_) => {
                if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
                    if !r.is_bool() {
                        let msg = format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(r)
                        );
                        return Err(self.type_error(msg));
                    }
                    return Ok(r.as_bool());
                }
                if let Some(r) = self.call_dunder(v, "__len__", &[])? {
                    return Ok(self.len_result(r)? > 0);
                }
                true
            }
            _ => true,
        })
    }

    /// `hash(v)`
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if v.is_small_int() {
            return Ok(hash::hash_i64(v.as_small_int()));
        }
        if v.is_bool() {
            return Ok(v.as_bool() as i64);
        }
        if v.is_float() {
            return Ok(hash::hash_f64(v.as_float()).unwrap_or((v.bits() >> 4) as i64));
        }
        let Some(obj) = v.as_obj() else {
            return Ok(0x5f3759df);
        };
        match &obj.body {
            ObjBody::Str(s) => Ok(s.hash()),
            ObjBody::Int64(i) => Ok(hash::hash_i64(*i)),
            ObjBody::BigInt(b) => Ok(hash::hash_bigint(b)),
            ObjBody::Tuple(items) => {
                // Tuples never change: their items can be read while hashing them.
                let items: &'static [Value] = items;
                let mut failed = None;
                // No item is hashed after one fails (a `__hash__` may print).
                let h = hash::hash_tuple(items.iter().map(|&i| {
                    if failed.is_some() {
                        return 0;
                    }
                    self.hash(i).unwrap_or_else(|exc| {
                        failed = Some(exc);
                        0
                    })
                }));
                match failed {
                    Some(exc) => Err(exc),
                    None => Ok(h),
                }
            }
            ObjBody::List(_) | ObjBody::Dict(_) | ObjBody::Set(_) | ObjBody::Slice(_) => {
                let msg = format!("unhashable type: '{}'", self.type_name(v));
                Err(self.type_error(msg))
            }
            ObjBody::Instance(_) => {
                let hash = self.intern("__hash__");
                if self
                    .lookup_class_attr(self.type_of(v), hash)
                    .is_some_and(|h| h.is_none())
                {
                    // `__hash__ = None` in the class: unhashable on purpose.
                    let msg = format!("unhashable type: '{}'", self.type_name(v));
                    return Err(self.type_error(msg));
                }
                if let Some(h) = self.call_dunder(v, "__hash__", &[])? {
                    return match Vm::as_int(h) {
                        Some(Int::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                        Some(Int::Big(b)) => Ok(hash::hash_bigint(b)),
                        None => Err(self.type_error("__hash__ method should return an integer")),
                    };
                }
                let eq = self.intern("__eq__");
                if self.lookup_class_attr(self.type_of(v), eq).is_some() {
                    let msg = format!("unhashable type: '{}'", self.type_name(v));
                    return Err(self.type_error(msg));
                }
                Ok((v.bits() >> 4) as i64)
            }
            ObjBody::BoundMethod(m) => {
                Ok((((m.receiver.bits() >> 4) ^ (m.func.bits() >> 4)) as i64).max(0))
            }
            ObjBody::Range(r) => Ok(hash::hash_tuple([r.start, r.stop, r.step].into_iter().map(
                |x| match i64::try_from(x) {
                    Ok(i) => hash::hash_i64(i),
                    Err(_) => hash::hash_bigint(&num_bigint::BigInt::from(x)),
                },
            ))),
            _ => Ok((v.bits() >> 4) as i64),
        }
    }

    /// Key equality as dicts and sets see it: identity first, then `==`.
    pub fn key_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        if a.is_small_int() && b.is_small_int() {
            return Ok(false);
        }
        if let (Some(ObjBody::Str(x)), Some(ObjBody::Str(y))) =
            (a.as_obj().map(|o| &o.body), b.as_obj().map(|o| &o.body))
        {
            // Two cached hashes that differ settle it without the text.
            let (hx, hy) = (x.hash.get(), y.hash.get());
            return Ok((hx == 0 || hy == 0 || hx == hy) && x.text == y.text);
        }
        self.eq(a, b)
    }

    /// Whether every item of the set-like `a` is in `b`.
    fn contains_all(&mut self, a: Value, b: Value) -> PyResult<bool> {
        Ok(!self.some_item_in(a, b, false)?)
    }

    /// Whether some item of the iterable `a` is (`wanted`) or is not in `b`; stops at
    /// the first such item.
    pub(crate) fn some_item_in(&mut self, a: Value, b: Value, wanted: bool) -> PyResult<bool> {
        let items = self.collect_iterable(a)?;
        let mark = self.roots.len();
        self.roots.extend_from_slice(&items);
        let mut r = Ok(false);
        for item in items {
            match self.contains(b, item) {
                Ok(found) if found != wanted => {}
                other => {
                    r = other.map(|_| true);
                    break;
                }
            }
        }
        self.roots.truncate(mark);
        r
    }

    /// `item in container`
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let Some(obj) = container.as_obj() else {
            return Err(self.not_a_container(container));
        };
        match &obj.body {
            ObjBody::Str(s) => match item.as_obj().map(|o| &o.body) {
                Some(ObjBody::Str(sub)) => Ok(s.text.contains(&*sub.text)),
                _ => {
                    let msg = format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.type_name(item)
                    );
                    Err(self.type_error(msg))
                }
            },
            ObjBody::List(_) | ObjBody::Tuple(_) => {
                // Items read afresh at each step: `__eq__` may change a list.
                let mut i = 0;
                while let Some(x) = seq_item(container, i) {
                    if x == item || self.eq(x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
                Ok(false)
            }
            ObjBody::Dict(_) => Ok(self.dict_get(container, item)?.is_some()),
            ObjBody::Set(_) => self.set_contains(container, item),
            ObjBody::Range(r) => {
                let r = **r;
                match Vm::as_int(item) {
                    Some(Int::Small(i)) => Ok(range_contains(&r, i as i128)),
                    // Range bounds stay within ±2**100: an int past i128 is outside.
                    Some(Int::Big(b)) => Ok(i128::try_from(b).is_ok_and(|i| range_contains(&r, i))),
                    _ => self.contains_by_iteration(container, item),
                }
            }
            ObjBody::DictView(view) => {
                let (dict, kind) = (view.dict, view.kind);
                match kind {
                    DictViewKind::Keys => Ok(self.dict_get(dict, item)?.is_some()),
                    // A (key, value) pair: the key looked up, its value compared.
                    DictViewKind::Items => {
                        let pair = match item.as_obj().map(|o| &o.body) {
                            Some(ObjBody::Tuple(t)) if t.len() == 2 => (t[0], t[1]),
                            _ => return Ok(false),
                        };
                        match self.dict_get(dict, pair.0)? {
                            Some(v) => Ok(v == pair.1 || self.eq(v, pair.1)?),
                            None => Ok(false),
                        }
                    }
                    DictViewKind::Values => self.contains_by_iteration(container, item),
                }
            }
            ObjBody::Instance(_) => {
                if let Some(r) = self.call_dunder(container, "__contains__", &[item])? {
                    return self.truthy(r);
                }
                if !self.is_iterable(container) {
                    return Err(self.not_a_container(container));
                }
                self.contains_by_iteration(container, item)
            }
            _ if !self.is_iterable(container) => Err(self.not_a_container(container)),
            _ => self.contains_by_iteration(container, item),
        }
    }

    /// `x in container` where the container has no `__contains__` and cannot be
    /// iterated.
    fn not_a_container(&mut self, container: Value) -> Exc {
        let msg = format!(
            "argument of type '{}' is not iterable",
            self.type_name(container)
        );
        self.type_error(msg)
    }

    /// `item in container` by iterating it (CPython's `_PySequence_IterSearch`):
    /// item by item, stopping at the first equal one, so an iterator is consumed
    /// only up to there and an endless one can be searched.
    fn contains_by_iteration(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let it = self.get_iter(container)?;
        let mark = self.roots.len();
        self.roots.push(it);
        let r = loop {
            match self.iter_next(it) {
                Ok(Some(x)) => {
                    self.roots.push(x);
                    let eq = if x == item {
                        Ok(true)
                    } else {
                        self.eq(x, item)
                    };
                    self.roots.pop();
                    match eq {
                        Ok(true) => break Ok(true),
                        Ok(false) => {}
                        Err(e) => break Err(e),
                    }
                }
                Ok(None) => break Ok(false),
                Err(e) => break Err(e),
            }
        };
        self.roots.truncate(mark);
        r
    }

    /// An index for a sequence of length `len`, or IndexError/TypeError.
    pub fn seq_index(&mut self, index: Value, len: usize, what: &str) -> PyResult<usize> {
        self.index_in(index, len, what, &format!("{what} index out of range"))
    }

    /// `index` (negative counts from the end) checked against `len`; `what` names the
    /// sequence in the TypeError, `out_of_range` is the IndexError's message.
    fn index_in(
        &mut self,
        index: Value,
        len: usize,
        what: &str,
        out_of_range: &str,
    ) -> PyResult<usize> {
        let i = match Vm::as_int(index) {
            Some(Int::Small(i)) => i,
            Some(Int::Big(_)) => {
                return Err(self.index_error("cannot fit 'int' into an index-sized integer"))
            }
            None => {
                // CPython's str says it differently from its other sequences.
                let msg = if what == "string" {
                    format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(index)
                    )
                } else {
                    format!(
                        "{what} indices must be integers or slices, not {}",
                        self.type_name(index)
                    )
                };
                return Err(self.type_error(msg));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(out_of_range));
        }
        Ok(j as usize)
    }

    /// `obj[key]`
    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let Some(o) = obj.as_obj() else {
            return Err(self.not_subscriptable(obj));
        };
        if let Some(ObjBody::Slice(_)) = key.as_obj().map(|k| &k.body) {
            if !matches!(o.body, ObjBody::Dict(_)) {
                return self.get_slice(obj, key);
            }
        }
        match &o.body {
            ObjBody::List(items) => {
                let i = self.seq_index(key, items.len(), "list")?;
                Ok(items[i])
            }
            ObjBody::Tuple(items) => {
                let i = self.seq_index(key, items.len(), "tuple")?;
                Ok(items[i])
            }
            ObjBody::Str(s) => {
                let i = self.seq_index(key, s.char_len, "string")?;
                let c = if s.is_ascii() {
                    s.text.as_bytes()[i] as char
                } else {
                    s.text.chars().nth(i).expect("index checked")
                };
                Ok(self.char_str(c))
            }
            ObjBody::Dict(_) => match self.dict_get(obj, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key)),
            },
            ObjBody::Range(r) => {
                let r = **r;
                // Past i128 an index is out of range of any range.
                let i = match Vm::as_int(key) {
                    Some(Int::Small(i)) => i as i128,
                    Some(Int::Big(b)) => num_traits::ToPrimitive::to_i128(b).unwrap_or(i128::MAX),
                    None => {
                        let msg = format!(
                            "range indices must be integers or slices, not {}",
                            self.type_name(key)
                        );
                        return Err(self.type_error(msg));
                    }
                };
                let len = r.len();
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return Err(self.index_error("range object index out of range"));
                }
                Ok(self.int_from_i128(r.at(j)))
            }
            ObjBody::Instance(_) => match self.call_dunder(obj, "__getitem__", &[key])? {
                Some(v) => Ok(v),
                None => Err(self.not_subscriptable(obj)),
            },
            ObjBody::Class(_) => {
                // `list[int]` in annotations evaluates to the class itself here.
                Ok(obj)
            }
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    fn not_subscriptable(&mut self, obj: Value) -> super::error::Exc {
        let msg = format!("'{}' object is not subscriptable", self.type_name(obj));
        self.type_error(msg)
    }

    /// `obj[key] = value`
    pub fn set_item(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        match obj.as_obj().map(|o| &mut o.body) {
            Some(ObjBody::List(items)) => {
                if let Some(ObjBody::Slice(_)) = key.as_obj().map(|k| &k.body) {
                    return self.set_slice(obj, key, value);
                }
                let j = self.index_in(
                    key,
                    items.len(),
                    "list",
                    "list assignment index out of range",
                )?;
                if let Some(ObjBody::List(items)) = obj.as_obj().map(|o| &mut o.body) {
                    items[j] = value;
                }
                Ok(())
            }
            Some(ObjBody::Dict(_)) => self.dict_set(obj, key, value),
            Some(ObjBody::Instance(_)) => {
                match self.call_dunder(obj, "__setitem__", &[key, value])? {
                    Some(_) => Ok(()),
                    None => Err(self.no_item_assignment(obj)),
                }
            }
            _ => Err(self.no_item_assignment(obj)),
        }
    }

    fn no_item_assignment(&mut self, obj: Value) -> super::error::Exc {
        let msg = format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        );
        self.type_error(msg)
    }

    /// `del obj[key]`
    pub fn del_item(&mut self, obj: Value, key: Value) -> PyResult<()> {
        match obj.as_obj().map(|o| &mut o.body) {
            Some(ObjBody::List(items)) => {
                if let Some(ObjBody::Slice(_)) = key.as_obj().map(|k| &k.body) {
                    return self.del_slice(obj, key);
                }
                let j = self.index_in(
                    key,
                    items.len(),
                    "list",
                    "list assignment index out of range",
                )?;
                if let Some(ObjBody::List(items)) = obj.as_obj().map(|o| &mut o.body) {
                    items.remove(j);
                }
                Ok(())
            }
            Some(ObjBody::Dict(_)) => match self.dict_remove(obj, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key)),
            },
            Some(ObjBody::Instance(_)) => match self.call_dunder(obj, "__delitem__", &[key])? {
                Some(_) => Ok(()),
                None => Err(self.no_item_deletion(obj, key)),
            },
            _ => Err(self.no_item_deletion(obj, key)),
        }
    }

    /// CPython's error for `del obj[key]` on a type without item deletion: a type
    /// with the sequence protocol (str, tuple, set, a class) deleting at an int
    /// index says "doesn't" (`PySequence_DelItem`), anything else "does not".
    fn no_item_deletion(&mut self, obj: Value, key: Value) -> Exc {
        let sequence = matches!(
            obj.as_obj().map(|o| &o.body),
            Some(
                ObjBody::Str(_)
                    | ObjBody::Tuple(_)
                    | ObjBody::Set(_)
                    | ObjBody::Range(_)
                    | ObjBody::DictView(_)
                    | ObjBody::Instance(_)
            )
        );
        let verb = if sequence && Vm::as_int(key).is_some() {
            "doesn't"
        } else {
            "does not"
        };
        let msg = format!(
            "'{}' object {verb} support item deletion",
            self.type_name(obj)
        );
        self.type_error(msg)
    }

    /// `len(v)`
    pub fn len_of(&mut self, v: Value) -> PyResult<usize> {
        if let Some(obj) = v.as_obj() {
            match &obj.body {
                ObjBody::Str(s) => return Ok(s.char_len),
                ObjBody::List(l) => return Ok(l.len()),
                ObjBody::Tuple(t) => return Ok(t.len()),
                ObjBody::Dict(d) => return Ok(d.len()),
                ObjBody::Set(s) => return Ok(s.len()),
                ObjBody::Range(r) => {
                    return match i64::try_from(r.len()) {
                        Ok(n) => Ok(n as usize),
                        Err(_) => {
                            Err(self.overflow_error("Python int too large to convert to C ssize_t"))
                        }
                    };
                }
                ObjBody::DictView(view) => {
                    if let Some(ObjBody::Dict(d)) = view.dict.as_obj().map(|o| &o.body) {
                        return Ok(d.len());
                    }
                }
                ObjBody::Instance(_) => {
                    if let Some(r) = self.call_dunder(v, "__len__", &[])? {
                        return self.len_result(r);
                    }
                }
                _ => {}
            }
        }
        let msg = format!("object of type '{}' has no len()", self.type_name(v));
        Err(self.type_error(msg))
    }

    /// What a user `__len__` returned, checked as CPython checks it.
    fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match Vm::as_int(r) {
            Some(Int::Small(n)) if n >= 0 => Ok(n as usize),
            Some(Int::Small(_)) => Err(self.value_error("__len__() should return >= 0")),
            Some(Int::Big(b)) if b.sign() == num_bigint::Sign::Minus => {
                Err(self.value_error("__len__() should return >= 0"))
            }
            Some(Int::Big(_)) => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            None => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(r)
                );
                Err(self.type_error(msg))
            }
        }
    }

    pub(crate) fn is_not_implemented(&self, v: Value) -> bool {
        self.builtins.get("NotImplemented") == Some(&v)
    }

    /// The NotImplemented singleton.
    pub(crate) fn not_implemented(&self) -> Value {
        self.builtins["NotImplemented"]
    }
}

fn range_eq(x: &RangeObj, y: &RangeObj) -> bool {
    let (lx, ly) = (x.len(), y.len());
    lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
}

fn range_contains(r: &RangeObj, i: i128) -> bool {
    if r.step > 0 {
        i >= r.start && i < r.stop && (i - r.start) % r.step == 0
    } else {
        i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
    }
}

/// A dict's keys or items view (set-like, unlike a values view).
fn set_view(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.body), Some(ObjBody::DictView(view)) if view.kind != DictViewKind::Values)
}

/// A set, or a dict's keys or items view: what compares as a set.
fn set_like(v: Value) -> bool {
    match v.as_obj().map(|o| &o.body) {
        Some(ObjBody::Set(_)) => true,
        Some(ObjBody::DictView(view)) => view.kind != DictViewKind::Values,
        _ => false,
    }
}
