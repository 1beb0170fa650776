//! `Value`: the 64-bit tagged word shared by the interpreter, the GC and the JIT.
//!
//! NaN-boxing. A float is stored as its own IEEE bits; every NaN is canonicalized to
//! `0x7FF8_0000_0000_0000` when boxed, so the negative quiet-NaN space whose top 16
//! bits are `0xFFF9..=0xFFFF` is free for tags, each with a 48-bit payload:
//!
//! | top 16 bits | meaning                                                       |
//! |-------------|---------------------------------------------------------------|
//! | `< 0xFFF9`  | `float` (its bits)                                            |
//! | `0xFFF9`    | small `int`, payload is a signed 48-bit integer               |
//! | `0xFFFA`    | `bool`, payload 0 or 1                                        |
//! | `0xFFFB`    | `None`                                                        |
//! | `0xFFFC`    | pointer to a heap [`Obj`](super::object::Obj) (48-bit address) |
//! | `0xFFFD`    | `UNBOUND`: an unassigned local or global (never user-visible) |
//!
//! Ints outside the 48-bit range live on the heap as big ints; every int result is
//! normalized, so an int that fits is always immediate (equality of small ints is
//! bit equality). Compiled code relies on exactly this layout.

use super::object::Obj;
use std::ptr::NonNull;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

pub const TAG_SHIFT: u32 = 48;
pub const TAG_INT: u64 = 0xFFF9;
pub const TAG_BOOL: u64 = 0xFFFA;
pub const TAG_NONE: u64 = 0xFFFB;
pub const TAG_PTR: u64 = 0xFFFC;
pub const TAG_UNBOUND: u64 = 0xFFFD;
const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// Smallest and largest ints stored immediately.
pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

impl Value {
    pub const NONE: Value = Value(TAG_NONE << TAG_SHIFT);
    pub const TRUE: Value = Value((TAG_BOOL << TAG_SHIFT) | 1);
    pub const FALSE: Value = Value(TAG_BOOL << TAG_SHIFT);
    pub const UNBOUND: Value = Value(TAG_UNBOUND << TAG_SHIFT);

    #[inline(always)]
    pub fn bits(self) -> u64 {
        self.0
    }

    #[inline(always)]
    pub fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    #[inline(always)]
    fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    /// An immediate int. The caller guarantees `SMALL_INT_MIN <= i <= SMALL_INT_MAX`.
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!(fits_small(i));
        Value((TAG_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK))
    }

    #[inline(always)]
    pub fn float(x: f64) -> Value {
        if x.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(x.to_bits())
        }
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value((TAG_BOOL << TAG_SHIFT) | b as u64)
    }

    #[inline(always)]
    pub fn from_obj(ptr: NonNull<Obj>) -> Value {
        let addr = ptr.as_ptr() as u64;
        debug_assert_eq!(addr & !PAYLOAD_MASK, 0, "heap address above 48 bits");
        Value((TAG_PTR << TAG_SHIFT) | addr)
    }

    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.tag() == TAG_INT
    }

    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.0 < (TAG_INT << TAG_SHIFT)
    }

    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self.tag() == TAG_BOOL
    }

    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0 == Value::NONE.0
    }

    #[inline(always)]
    pub fn is_obj(self) -> bool {
        self.tag() == TAG_PTR
    }

    #[inline(always)]
    pub fn is_unbound(self) -> bool {
        self.0 == Value::UNBOUND.0
    }

    /// The payload of a small int (sign-extended from 48 bits).
    #[inline(always)]
    pub fn as_small_int(self) -> i64 {
        debug_assert!(self.is_small_int());
        ((self.0 << 16) as i64) >> 16
    }

    #[inline(always)]
    pub fn as_float(self) -> f64 {
        debug_assert!(self.is_float());
        f64::from_bits(self.0)
    }

    #[inline(always)]
    pub fn as_bool(self) -> bool {
        debug_assert!(self.is_bool());
        self.0 & 1 == 1
    }

    #[inline(always)]
    pub fn obj_ptr(self) -> *mut Obj {
        debug_assert!(self.is_obj());
        (self.0 & PAYLOAD_MASK) as *mut Obj
    }

    /// The heap object this value points to.
    ///
    /// SAFETY of the returned reference: a `Value` that is reachable from a GC root
    /// points to a live object (the GC is non-moving and frees only unreachable
    /// objects), and the VM is single-threaded; callers never hold the reference
    /// across a safepoint (a call that may collect).
    #[inline(always)]
    pub fn as_obj(self) -> Option<&'static mut Obj> {
        if self.is_obj() {
            // SAFETY: see above.
            Some(unsafe { &mut *self.obj_ptr() })
        } else {
            None
        }
    }
}

/// Whether `i` is stored immediately rather than as a big int.
#[inline(always)]
pub fn fits_small(i: i64) -> bool {
    (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i)
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_small_int() {
            write!(f, "Int({})", self.as_small_int())
        } else if self.is_float() {
            write!(f, "Float({})", self.as_float())
        } else if self.is_bool() {
            write!(f, "Bool({})", self.as_bool())
        } else if self.is_none() {
            write!(f, "None")
        } else if self.is_unbound() {
            write!(f, "Unbound")
        } else {
            write!(f, "Obj({:#x})", self.0 & PAYLOAD_MASK)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip_at_the_edges() {
        for i in [0, 1, -1, 42, SMALL_INT_MIN, SMALL_INT_MAX, -12345678901] {
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float() && !v.is_obj());
            assert_eq!(v.as_small_int(), i);
        }
        assert!(!fits_small(SMALL_INT_MAX + 1));
        assert!(!fits_small(SMALL_INT_MIN - 1));
    }

    #[test]
    fn floats_keep_their_bits_and_nans_are_canonical() {
        for x in [
            0.0,
            -0.0,
            1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            -1e308,
        ] {
            let v = Value::float(x);
            assert!(v.is_float() && !v.is_small_int());
            assert_eq!(v.as_float().to_bits(), x.to_bits());
        }
        let neg_nan = f64::from_bits(0xFFFF_FFFF_FFFF_FFFF);
        let v = Value::float(neg_nan);
        assert!(v.is_float() && v.as_float().is_nan());
    }

    #[test]
    fn specials_are_distinct() {
        let all = [
            Value::NONE,
            Value::TRUE,
            Value::FALSE,
            Value::UNBOUND,
            Value::small_int(0),
            Value::float(0.0),
        ];
        for (i, a) in all.iter().enumerate() {
            for (j, b) in all.iter().enumerate() {
                assert_eq!(i == j, a == b);
            }
        }
        assert!(Value::TRUE.as_bool() && !Value::FALSE.as_bool());
    }
}
