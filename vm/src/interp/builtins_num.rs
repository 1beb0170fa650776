//! Numeric builtins: `abs`, `round`, `divmod`, `pow`, `chr`, `ord`, `hex`,
//! `oct`, `bin`.

use super::builtins::{arg_or_kwarg, as_str, check_kwargs, int_arg, positional};
use super::error::PyResult;
use super::number::Int;
use super::Vm;
use crate::runtime::format;
use crate::runtime::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn abs(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "abs", args, kwargs, 1, 1)?;
    let v = args[0];
    if v.is_float() {
        return Ok(Value::float(v.as_float().abs()));
    }
    match Vm::as_int(v) {
        Some(Int::Small(i)) => Ok(match i.checked_abs() {
            Some(a) => vm.new_int(a),
            None => vm.int_from_big(-BigInt::from(i)),
        }),
        Some(Int::Big(b)) => Ok(vm.int_from_big(b.abs())),
        None => match vm.call_dunder(v, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => {
                let msg = format!("bad operand type for abs(): '{}'", vm.type_name(v));
                Err(vm.type_error(msg))
            }
        },
    }
}

/// `round(number, ndigits=None)`: half-to-even, exactly as CPython rounds.
pub fn round(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    // Argument Clinic's order: the count, a missing argument, an unknown keyword.
    if args.len() + kwargs.len() > 2 {
        let n = args.len() + kwargs.len();
        return Err(vm.type_error(format!("round() takes at most 2 arguments ({n} given)")));
    }
    let Some(x) = arg_or_kwarg(vm, args, kwargs, 0, "number") else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    check_kwargs(vm, "round", kwargs, &["number", "ndigits"])?;
    let ndigits = arg_or_kwarg(vm, args, kwargs, 1, "ndigits").filter(|n| !n.is_none());
    if x.is_float() {
        let x = x.as_float();
        return match ndigits {
            None => vm.float_to_int(x.round_ties_even()),
            Some(n) => {
                let n = int_arg_clamped(vm, n)?;
                let r = round_float(x, n);
                // round(inf, n) is inf; only a finite value may round to infinity.
                if r.is_infinite() && x.is_finite() {
                    return Err(vm.overflow_error("rounded value too large to represent"));
                }
                Ok(Value::float(r))
            }
        };
    }
    if let Some(i) = Vm::as_int(x) {
        let n = match ndigits {
            Some(n) => int_arg_clamped(vm, n)?,
            None => 0,
        };
        if n >= 0 {
            return Ok(as_plain_int(x));
        }
        let r = round_int(&i.to_big(), n.unsigned_abs());
        return Ok(vm.int_from_big(r));
    }
    let extra: Vec<Value> = ndigits.into_iter().collect();
    match vm.call_dunder(x, "__round__", &extra)? {
        Some(r) => Ok(r),
        None => {
            let msg = format!("type {} doesn't define __round__ method", vm.type_name(x));
            Err(vm.type_error(msg))
        }
    }
}

/// An int or bool as an int (`True` becomes `1`).
pub fn as_plain_int(x: Value) -> Value {
    if x.is_bool() {
        Value::small_int(x.as_bool() as i64)
    } else {
        x
    }
}

/// An int argument with big values clamped to the i64 range (for `ndigits`).
fn int_arg_clamped(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match Vm::as_int(v) {
        Some(Int::Big(b)) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        _ => int_arg(vm, v),
    }
}

/// `round(x, -digits)` for an int: the nearest multiple of `10**digits`, ties to
/// the even multiple.
fn round_int(x: &BigInt, digits: u64) -> BigInt {
    // A power of ten above 2|x| rounds everything to zero.
    if digits > x.bits() / 3 + 2 {
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), digits as usize);
    let (mut q, r) = x.div_mod_floor(&p);
    let twice: BigInt = r * 2;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    q * p
}

/// `round(x, ndigits)` for a float: the correctly rounded decimal value with
/// `ndigits` digits after the point (CPython rounds the exact binary value, so
/// `round(2.675, 2)` is `2.67`), half-to-even on exact ties.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    // Beyond these, every double is already exact or rounds to zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return x;
    }
    if ndigits < NDIGITS_MIN {
        return 0.0f64.copysign(x);
    }
    let r = if ndigits >= 0 {
        // Rust's fixed-precision formatting is exact, with ties to even.
        format!("{:.*}", ndigits as usize, x)
            .parse::<f64>()
            .unwrap_or(x)
    } else {
        let (mantissa, exponent) = exact_parts(x);
        let p = num_traits::pow(BigInt::from(10), ndigits.unsigned_abs() as usize);
        // x = mantissa * 2**exponent; round x / p to an integer q, exactly.
        let (num, den) = if exponent >= 0 {
            (mantissa << exponent as usize, p.clone())
        } else {
            (mantissa, &p << (-exponent) as usize)
        };
        let (mut q, r) = num.div_mod_floor(&den);
        let twice: BigInt = r * 2;
        if twice > den || (twice == den && q.is_odd()) {
            q += 1;
        }
        (q * p).to_f64().unwrap_or(f64::INFINITY)
    };
    if r == 0.0 {
        0.0f64.copysign(x)
    } else {
        r
    }
}

/// A finite float as `mantissa * 2**exponent` with an integer mantissa.
fn exact_parts(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (m, e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    let m = BigInt::from(m);
    (if x < 0.0 { -m } else { m }, e)
}

fn is_number(v: Value) -> bool {
    v.is_float() || Vm::as_int(v).is_some()
}

pub fn divmod(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "divmod", args, kwargs, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if is_number(a) && is_number(b) {
        return vm.divmod(a, b);
    }
    if let Some(r) = vm.call_dunder(a, "__divmod__", &[b])? {
        return Ok(r);
    }
    if let Some(r) = vm.call_dunder(b, "__rdivmod__", &[a])? {
        return Ok(r);
    }
    let msg = format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    );
    Err(vm.type_error(msg))
}

/// `pow(base, exp, mod=None)`
pub fn pow(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    // Argument Clinic's order: the count, a missing argument, an unknown keyword.
    if args.len() + kwargs.len() > 3 {
        let n = args.len() + kwargs.len();
        return Err(vm.type_error(format!("pow() takes at most 3 arguments ({n} given)")));
    }
    let Some(base) = arg_or_kwarg(vm, args, kwargs, 0, "base") else {
        return Err(vm.type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(exp) = arg_or_kwarg(vm, args, kwargs, 1, "exp") else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    check_kwargs(vm, "pow", kwargs, &["base", "exp", "mod"])?;
    let modulus = arg_or_kwarg(vm, args, kwargs, 2, "mod").filter(|m| !m.is_none());
    let Some(modulus) = modulus else {
        return vm.binary_op(crate::bytecode::BinaryOp::Pow, base, exp);
    };
    let (Some(b), Some(e), Some(m)) = (Vm::as_int(base), Vm::as_int(exp), Vm::as_int(modulus))
    else {
        // CPython's ternary_op: the base's `__pow__(exp, mod)`, then float's power,
        // which refuses a modulus; nothing else takes three arguments.
        if let Some(r) = vm.call_dunder(base, "__pow__", &[exp, modulus])? {
            if !vm.is_not_implemented(r) {
                return Ok(r);
            }
        }
        if [base, exp, modulus].iter().any(|v| v.is_float()) {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        let msg = format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(base),
            vm.type_name(exp),
            vm.type_name(modulus)
        );
        return Err(vm.type_error(msg));
    };
    let (b, e, m) = (b.to_big(), e.to_big(), m.to_big());
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let n = m.abs();
    let mut b = b.mod_floor(&n);
    if e.is_negative() {
        match mod_inverse(&b, &n) {
            Some(inv) => b = inv,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    }
    let mut r = b.modpow(&e.abs(), &n);
    if m.is_negative() && !r.is_zero() {
        r -= &n;
    }
    Ok(vm.int_from_big(r))
}

/// The inverse of `a` modulo `n` (both non-negative, `n > 0`), if it exists.
fn mod_inverse(a: &BigInt, n: &BigInt) -> Option<BigInt> {
    let e = a.extended_gcd(n);
    e.gcd.is_one().then(|| e.x.mod_floor(n))
}

pub fn chr(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "chr", args, kwargs, 1, 1)?;
    let code = match Vm::as_int(args[0]) {
        Some(Int::Big(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        _ => int_arg(vm, args[0])?,
    };
    if !(0..0x110000).contains(&code) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(code as u32) {
        Some(c) => Ok(vm.char_str(c)),
        None => Err(vm.not_supported("a lone surrogate code point")),
    }
}

pub fn ord(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "ord", args, kwargs, 1, 1)?;
    let Some(text) = as_str(args[0]) else {
        let msg = format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(args[0])
        );
        return Err(vm.type_error(msg));
    };
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::small_int(c as i64)),
        _ => {
            let msg = format!(
                "ord() expected a character, but string of length {} found",
                text.chars().count()
            );
            Err(vm.type_error(msg))
        }
    }
}

/// `hex`, `oct`, `bin`: the int formatted with the `#` alternate form.
fn int_in_radix(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    spec: &str,
) -> PyResult<Value> {
    positional(vm, name, args, kwargs, 1, 1)?;
    let r = match Vm::as_int(args[0]) {
        Some(Int::Small(i)) => format::format_i64(i, spec),
        Some(Int::Big(b)) => format::format_int(b, spec),
        None => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(args[0])
            );
            return Err(vm.type_error(msg));
        }
    };
    let s = r.map_err(|e| vm.format_error(e))?;
    Ok(vm.new_str(s))
}

pub fn hex(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    int_in_radix(vm, "hex", args, kwargs, "#x")
}

pub fn oct(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    int_in_radix(vm, "oct", args, kwargs, "#o")
}

pub fn bin(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    int_in_radix(vm, "bin", args, kwargs, "#b")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_float_matches_cpython() {
        assert_eq!(round_float(2.675, 2), 2.67);
        assert_eq!(round_float(0.125, 2), 0.12);
        assert_eq!(round_float(1234.5, -2), 1200.0);
        assert_eq!(round_float(1250.0, -2), 1200.0);
        assert_eq!(round_float(1350.0, -2), 1400.0);
        assert_eq!(round_float(1e300, -300), 1e300);
        assert!(round_float(-0.4, 0).is_sign_negative());
        assert!(round_float(-4.0, -1).is_sign_negative());
    }

    #[test]
    fn round_int_ties_to_even() {
        let r = |x: i64, d| round_int(&BigInt::from(x), d);
        assert_eq!(r(1234, 2), BigInt::from(1200));
        assert_eq!(r(1250, 2), BigInt::from(1200));
        assert_eq!(r(-1250, 2), BigInt::from(-1200));
        assert_eq!(r(1350, 2), BigInt::from(1400));
        assert_eq!(r(5, 1), BigInt::from(0));
        assert_eq!(r(15, 1), BigInt::from(20));
        assert_eq!(r(7, 40), BigInt::from(0));
    }
}
