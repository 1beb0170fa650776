//! Arithmetic on `int` (immediate or big) and `float`, with Python's semantics:
//! floor division and modulo round toward negative infinity, `/` is true division,
//! int results that fit are always immediate.

use super::error::PyResult;
use super::types::BuiltinType;
use super::Vm;
use crate::bytecode::BinaryOp;
use crate::runtime::object::ObjBody;
use crate::runtime::value::Value;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// An int operand. `Small` is any int in the i64 range (immediate or boxed);
/// `Big` is only ever outside it (results are normalized).
pub enum Int<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl Int<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(i) => BigInt::from(*i),
            Int::Big(b) => (*b).clone(),
        }
    }
}

impl Vm {
    /// The int value of an int or bool (bools are ints in Python).
    pub fn as_int(v: Value) -> Option<Int<'static>> {
        if v.is_small_int() {
            return Some(Int::Small(v.as_small_int()));
        }
        if v.is_bool() {
            return Some(Int::Small(v.as_bool() as i64));
        }
        match v.as_obj().map(|o| &o.body) {
            Some(ObjBody::Int64(i)) => Some(Int::Small(*i)),
            Some(ObjBody::BigInt(b)) => Some(Int::Big(b)),
            _ => None,
        }
    }

    /// A float operand: a float, or an int/bool converted exactly or with an
    /// OverflowError ("int too large to convert to float").
    pub fn as_float_operand(&mut self, v: Value) -> PyResult<Option<f64>> {
        if v.is_float() {
            return Ok(Some(v.as_float()));
        }
        match Vm::as_int(v) {
            Some(Int::Small(i)) => Ok(Some(i as f64)),
            Some(Int::Big(b)) => match b.to_f64().filter(|f| f.is_finite()) {
                Some(f) => Ok(Some(f)),
                None => Err(self.overflow_error("int too large to convert to float")),
            },
            None => Ok(None),
        }
    }

    pub fn int_from_big(&mut self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => self.new_int(i),
            None => self.heap.alloc(ObjBody::BigInt(b)),
        }
    }

    pub fn int_from_i128(&mut self, i: i128) -> Value {
        match i64::try_from(i) {
            Ok(i) => self.new_int(i),
            Err(_) => self.int_from_big(BigInt::from(i)),
        }
    }

    /// `a op b` for two ints.
    pub fn int_binary(&mut self, op: BinaryOp, a: Int, b: Int) -> PyResult<Value> {
        if let (Int::Small(x), Int::Small(y)) = (&a, &b) {
            let (x, y) = (*x as i128, *y as i128);
            match op {
                BinaryOp::Add => return Ok(self.int_from_i128(x + y)),
                BinaryOp::Sub => return Ok(self.int_from_i128(x - y)),
                BinaryOp::Mul => return Ok(self.int_from_i128(x * y)),
                BinaryOp::FloorDiv if y != 0 => {
                    return Ok(self.int_from_i128(Integer::div_floor(&x, &y)))
                }
                BinaryOp::Mod if y != 0 => return Ok(self.int_from_i128(x.mod_floor(&y))),
                BinaryOp::BitAnd => return Ok(self.int_from_i128(x & y)),
                BinaryOp::BitOr => return Ok(self.int_from_i128(x | y)),
                BinaryOp::BitXor => return Ok(self.int_from_i128(x ^ y)),
                BinaryOp::RShift if y >= 0 => return Ok(self.int_from_i128(x >> y.min(127))),
                BinaryOp::LShift if (0..64).contains(&y) && x.abs() < (1i128 << 62) => {
                    return Ok(self.int_from_i128(x << y))
                }
                BinaryOp::TrueDiv if y != 0 && x.abs() < (1 << 53) && y.abs() < (1 << 53) => {
                    return Ok(Value::float(x as f64 / y as f64))
                }
                _ => {}
            }
        }
        let (x, y) = (a.to_big(), b.to_big());
        let r = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => x * y,
            BinaryOp::FloorDiv | BinaryOp::Mod => {
                if y.is_zero() {
                    let msg = if op == BinaryOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    };
                    return Err(self.zero_division(msg));
                }
                if op == BinaryOp::FloorDiv {
                    Integer::div_floor(&x, &y)
                } else {
                    x.mod_floor(&y)
                }
            }
            BinaryOp::TrueDiv => return self.int_true_div(&x, &y).map(Value::float),
            BinaryOp::Pow => return self.int_pow(&x, &y),
            BinaryOp::BitAnd => x & y,
            BinaryOp::BitOr => x | y,
            BinaryOp::BitXor => x ^ y,
            BinaryOp::LShift | BinaryOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let Some(n) = y.to_usize().filter(|&n| n <= 1 << 32) else {
                    if op == BinaryOp::RShift || x.is_zero() {
                        return Ok(Value::small_int(if x.is_negative() { -1 } else { 0 }));
                    }
                    return Err(self.overflow_error("too many digits in integer"));
                };
                if op == BinaryOp::LShift {
                    x << n
                } else {
                    x >> n
                }
            }
        };
        Ok(self.int_from_big(r))
    }

    /// Correctly rounded `a / b` for ints of any size.
    fn int_true_div(&mut self, a: &BigInt, b: &BigInt) -> PyResult<f64> {
        if b.is_zero() {
            return Err(self.zero_division("division by zero"));
        }
        if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Ok(x as f64 / y as f64);
            }
        }
        let negative = a.is_negative() != b.is_negative();
        let (n, d) = (a.abs(), b.abs());
        // Scale so the quotient has 55..57 significant bits, keep a sticky bit for
        // the remainder, and let the u64 -> f64 conversion round once.
        let shift: i64 = 55 - (n.bits() as i64 - d.bits() as i64);
        let (n, d) = if shift >= 0 {
            (n << shift as usize, d)
        } else {
            (n, d << (-shift) as usize)
        };
        let (q, r) = n.div_rem(&d);
        let mut q = q.to_u64().expect("quotient has at most 57 bits");
        if !r.is_zero() {
            q |= 1;
        }
        let result = ldexp(q as f64, -shift);
        if result.is_infinite() {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        Ok(if negative { -result } else { result })
    }

    fn int_pow(&mut self, base: &BigInt, exp: &BigInt) -> PyResult<Value> {
        if exp.is_negative() {
            let b = match base.to_f64() {
                Some(b) if b.is_finite() => b,
                _ => return Err(self.overflow_error("int too large to convert to float")),
            };
            if b == 0.0 {
                return Err(self.zero_division("0.0 cannot be raised to a negative power"));
            }
            let e = exp.to_f64().unwrap_or(f64::NEG_INFINITY);
            return self.float_binary(BinaryOp::Pow, b, e);
        }
        if exp.is_zero() {
            return Ok(Value::small_int(1));
        }
        if base.is_zero() || base == &BigInt::from(1) {
            return Ok(self.int_from_big(base.clone()));
        }
        if base == &BigInt::from(-1) {
            return Ok(Value::small_int(if exp.is_odd() { -1 } else { 1 }));
        }
        let Some(e) = exp.to_u32().filter(|&e| (e as u64) * base.bits() < 1 << 34) else {
            return Err(self.error(BuiltinType::MemoryError, ""));
        };
        Ok(self.int_from_big(num_traits::pow::Pow::pow(base, e)))
    }

    /// `a op b` for two floats (ints already converted).
    pub fn float_binary(&mut self, op: BinaryOp, x: f64, y: f64) -> PyResult<Value> {
        let r = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => x * y,
            BinaryOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinaryOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinaryOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(x, y).1
            }
            BinaryOp::Pow => return self.float_pow(x, y),
            _ => {
                let msg = format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op.symbol()
                );
                return Err(self.type_error(msg));
            }
        };
        Ok(Value::float(r))
    }

    fn float_pow(&mut self, x: f64, y: f64) -> PyResult<Value> {
        match float_pow(x, y) {
            Ok(r) => Ok(Value::float(r)),
            Err(FloatPowError::ZeroToNegative) => {
                Err(self.zero_division("0.0 cannot be raised to a negative power"))
            }
            Err(FloatPowError::Complex) => Err(self.error(
                BuiltinType::NotImplementedError,
                "complex numbers are not supported by Krait",
            )),
            Err(FloatPowError::Overflow) => {
                Err(self.overflow_error("(34, 'Numerical result out of range')"))
            }
        }
    }

    /// `divmod(a, b)` for ints or floats.
    pub fn divmod(&mut self, a: Value, b: Value) -> PyResult<Value> {
        let zero = if b.is_float() {
            b.as_float() == 0.0
        } else {
            matches!(Vm::as_int(b), Some(Int::Small(0)))
        };
        if (a.is_float() || b.is_float()) && zero {
            return Err(self.zero_division("float divmod()"));
        }
        let q = self.binary_op(BinaryOp::FloorDiv, a, b)?;
        let r = self.binary_op(BinaryOp::Mod, a, b)?;
        Ok(self.new_tuple(vec![q, r]))
    }

    pub fn int_to_f64(&mut self, i: &Int) -> PyResult<f64> {
        match i {
            Int::Small(i) => Ok(*i as f64),
            Int::Big(b) => match b.to_f64().filter(|f| f.is_finite()) {
                Some(f) => Ok(f),
                None => Err(self.overflow_error("int too large to convert to float")),
            },
        }
    }

    /// `int(x)` of a float: truncation toward zero.
    pub fn float_to_int(&mut self, x: f64) -> PyResult<Value> {
        if x.is_nan() {
            return Err(self.value_error("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(self.overflow_error("cannot convert float infinity to integer"));
        }
        let t = x.trunc();
        if t.abs() < 9.0e15 {
            return Ok(self.new_int(t as i64));
        }
        let b = num_bigint::BigInt::from_biguint(
            if t < 0.0 { Sign::Minus } else { Sign::Plus },
            float_to_biguint(t.abs()),
        );
        Ok(self.int_from_big(b))
    }
}

/// Python's float divmod: the floor quotient and a remainder with the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `x * 2**exp`, exactly when representable.
pub fn ldexp(x: f64, exp: i64) -> f64 {
    let mut x = x;
    let mut e = exp;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// An integral, finite, non-negative float as a big unsigned int.
fn float_to_biguint(x: f64) -> num_bigint::BigUint {
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7FF) as i64 - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = num_bigint::BigUint::from(mantissa);
    if exponent >= 0 {
        m << exponent as usize
    } else {
        m >> (-exponent) as usize
    }
}

/// Why a float `x ** y` raises.
pub enum FloatPowError {
    ZeroToNegative,
    /// A negative base to a fractional power (a complex number in CPython).
    Complex,
    Overflow,
}

/// `x ** y` on floats, as CPython computes it (C `pow`), or why it raises. Compiled
/// code calls this too (`jit::helpers::pow_float`), so both tiers agree bit for bit.
pub fn float_pow(x: f64, y: f64) -> Result<f64, FloatPowError> {
    if x == 0.0 && y < 0.0 {
        return Err(FloatPowError::ZeroToNegative);
    }
    if x < 0.0 && x.is_finite() && y.fract() != 0.0 && y.is_finite() {
        return Err(FloatPowError::Complex);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(FloatPowError::Overflow);
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_divmod_follows_python() {
        assert_eq!(float_divmod(7.0, 2.0), (3.0, 1.0));
        assert_eq!(float_divmod(-7.0, 2.0), (-4.0, 1.0));
        assert_eq!(float_divmod(7.0, -2.0), (-4.0, -1.0));
        let (_, m) = float_divmod(-0.0, 5.0);
        assert!(m == 0.0 && m.is_sign_positive());
        assert_eq!(float_divmod(1.0, 0.1).0, 9.0);
    }

    #[test]
    fn ldexp_scales_exactly() {
        assert_eq!(ldexp(1.0, 10), 1024.0);
        assert_eq!(ldexp(3.0, -1), 1.5);
        assert_eq!(ldexp(1.0, -1074), f64::from_bits(1));
    }
}
