//! The functions of the `math` module, with CPython 3.11's results and errors
//! ("math domain error", "math range error"). They are registered in the
//! builtin table as `math.*`; `modules.rs` makes them module attributes.

use super::builtins::{arity, check_kwargs, kwarg, positional};
use super::builtins_num::as_plain_int;
use super::error::{Exc, PyResult};
use super::Vm;
use crate::bytecode::BinaryOp;
use crate::runtime::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A float argument: a float, an int (OverflowError when too large), or an
/// object with `__float__`.
fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if let Some(i) = Vm::as_int(v) {
        return vm.int_to_f64(&i);
    }
    if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
        if r.is_float() {
            return Ok(r.as_float());
        }
    }
    let msg = format!("must be real number, not {}", vm.type_name(v));
    Err(vm.type_error(msg))
}

/// An int argument as a big int, or TypeError naming the type.
fn big_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match Vm::as_int(v) {
        Some(i) => Ok(i.to_big()),
        None => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

fn domain_error(vm: &mut Vm) -> Exc {
    vm.value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> Exc {
    vm.overflow_error("math range error")
}

/// CPython's `math_1`: applies `f` and turns a NaN from a non-NaN into a domain
/// error, an infinity from a finite input into a range error (when `f` can
/// overflow) or a domain error.
fn math_1(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    positional(vm, name, args, kwargs, 1, 1)?;
    let x = float_arg(vm, args[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(Value::float(r))
}

macro_rules! unary_math {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(
            pub fn $name(
                vm: &mut Vm,
                args: &[Value],
                kwargs: &[(Value, Value)],
            ) -> PyResult<Value> {
                math_1(vm, concat!("math.", stringify!($name)), args, kwargs, $f, $overflow)
            }
        )*
    };
}

unary_math! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    expm1 => f64::exp_m1, true;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => f64::asinh, false;
    acosh => f64::acosh, false;
    atanh => f64::atanh, false;
    fabs => f64::abs, false;
}

/// Applies `f` to a float argument, with no error checks.
fn plain_1(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    positional(vm, name, args, kwargs, 1, 1)?;
    let x = float_arg(vm, args[0])?;
    Ok(Value::float(f(x)))
}

pub fn degrees(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    plain_1(vm, "math.degrees", args, kwargs, |x| {
        x * (180.0 / std::f64::consts::PI)
    })
}

pub fn radians(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    plain_1(vm, "math.radians", args, kwargs, |x| {
        x * (std::f64::consts::PI / 180.0)
    })
}

pub fn log1p(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "log1p", args, kwargs, 1, 1)?;
    let x = float_arg(vm, args[0])?;
    if x <= -1.0 {
        return Err(domain_error(vm));
    }
    Ok(Value::float(x.ln_1p()))
}

pub fn atan2(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "math.atan2", kwargs, &[])?;
    arity(vm, "atan2", args, 2, 2)?;
    let (y, x) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    Ok(Value::float(y.atan2(x)))
}

/// The natural log of an int or float argument (`loghelper`): big ints beyond
/// the float range are handled through their bit length.
fn ln_of(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = Vm::as_int(v) {
        let big = i.to_big();
        if !big.is_positive() {
            return Err(domain_error(vm));
        }
        if let Some(x) = big.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + log(2) * e.
        let e = big.bits() as i64 - 64;
        let top = (big >> e as usize).to_f64().unwrap_or(f64::MAX);
        return Ok(f(top / 2f64.powi(64)) + f(2.0) * (e + 64) as f64);
    }
    let x = float_arg(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(f(x))
}

/// `math.log(x[, base])`
pub fn log(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "log", kwargs, &[])?;
    if !(1..=2).contains(&args.len()) {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = ln_of(vm, args[0], f64::ln)?;
    let Some(&base) = args.get(1) else {
        return Ok(Value::float(num));
    };
    let den = ln_of(vm, base, f64::ln)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::float(num / den))
}

pub fn log2(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "math.log2", args, kwargs, 1, 1)?;
    ln_of(vm, args[0], f64::log2).map(Value::float)
}

pub fn log10(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "math.log10", args, kwargs, 1, 1)?;
    ln_of(vm, args[0], f64::log10).map(Value::float)
}

/// `math.pow(x, y)`: always a float; C99 `pow` special cases, domain and range
/// errors for finite arguments.
pub fn pow(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "math.pow", kwargs, &[])?;
    arity(vm, "pow", args, 2, 2)?;
    let (x, y) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error(vm)
            } else {
                range_error(vm)
            });
        }
    }
    Ok(Value::float(r))
}

pub fn copysign(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "copysign", args, kwargs, 2, 2)?;
    let (x, y) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    Ok(Value::float(x.copysign(y)))
}

pub fn fmod(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "fmod", args, kwargs, 2, 2)?;
    let (x, y) = (float_arg(vm, args[0])?, float_arg(vm, args[1])?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::float(r))
}

/// `floor`, `ceil`, `trunc`: ints unchanged, floats rounded to an int, other
/// objects through their `__floor__`/`__ceil__`/`__trunc__`.
fn to_int_with(
    vm: &mut Vm,
    name: &str,
    dunder: &'static str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    positional(vm, &format!("math.{name}"), args, kwargs, 1, 1)?;
    let v = args[0];
    if Vm::as_int(v).is_some() {
        return Ok(as_plain_int(v));
    }
    if !v.is_float() {
        if let Some(r) = vm.call_dunder(v, dunder, &[])? {
            return Ok(r);
        }
        if name == "trunc" {
            let msg = format!("type {} doesn't define __trunc__ method", vm.type_name(v));
            return Err(vm.type_error(msg));
        }
    }
    let x = float_arg(vm, v)?;
    vm.float_to_int(f(x))
}

pub fn floor(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    to_int_with(vm, "floor", "__floor__", args, kwargs, f64::floor)
}

pub fn ceil(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    to_int_with(vm, "ceil", "__ceil__", args, kwargs, f64::ceil)
}

pub fn trunc(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    to_int_with(vm, "trunc", "__trunc__", args, kwargs, f64::trunc)
}

fn float_predicate(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    f: fn(f64) -> bool,
) -> PyResult<Value> {
    positional(vm, name, args, kwargs, 1, 1)?;
    let x = float_arg(vm, args[0])?;
    Ok(Value::bool(f(x)))
}

pub fn isfinite(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    float_predicate(vm, "math.isfinite", args, kwargs, f64::is_finite)
}

pub fn isinf(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    float_predicate(vm, "math.isinf", args, kwargs, f64::is_infinite)
}

pub fn isnan(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    float_predicate(vm, "math.isnan", args, kwargs, f64::is_nan)
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`
pub fn isclose(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    // Argument Clinic's order: too many positionals, then a missing argument, then
    // an unknown keyword.
    if args.len() > 2 {
        let msg = format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        );
        return Err(vm.type_error(msg));
    }
    let mut ab = [None; 2];
    for (i, name) in ["a", "b"].into_iter().enumerate() {
        ab[i] = args.get(i).copied().or_else(|| kwarg(vm, kwargs, name));
        if ab[i].is_none() {
            let msg = format!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            );
            return Err(vm.type_error(msg));
        }
    }
    let named: &[&str] = &["a", "b", "rel_tol", "abs_tol"][args.len()..];
    check_kwargs(vm, "isclose", kwargs, named)?;
    let (a, b) = (
        float_arg(vm, ab[0].expect("a"))?,
        float_arg(vm, ab[1].expect("b"))?,
    );
    let rel_tol = match kwarg(vm, kwargs, "rel_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match kwarg(vm, kwargs, "abs_tol") {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

/// A double-length float: `hi + lo` exactly.
#[derive(Clone, Copy)]
struct DoubleLength {
    hi: f64,
    lo: f64,
}

/// Dekker's split of `x` into two halves of at most 26 significant bits.
fn dl_split(x: f64) -> DoubleLength {
    let t = x * 134217729.0; // 2**27 + 1
    let hi = t - (t - x);
    DoubleLength { hi, lo: x - hi }
}

/// Dekker's exact product.
fn dl_mul(x: f64, y: f64) -> DoubleLength {
    let (xx, yy) = (dl_split(x), dl_split(y));
    let p = xx.hi * yy.hi;
    let q = xx.hi * yy.lo + xx.lo * yy.hi;
    let z = p + q;
    DoubleLength {
        hi: z,
        lo: p - z + q + xx.lo * yy.lo,
    }
}

/// Exact sum of `a` and `b` when `|a| >= |b|`.
fn dl_fast_sum(a: f64, b: f64) -> DoubleLength {
    let x = a + b;
    let z = x - a;
    DoubleLength { hi: x, lo: b - z }
}

/// CPython 3.11's `vector_norm`: the Euclidean norm of non-negative `vec`
/// whose largest element is `max`, accurate to within one ulp.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_exponent(max);
    if max_e < -1023 {
        // Scale subnormals up first, as ldexp(1.0, -max_e) would overflow.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = super::number::ldexp(1.0, -max_e as i64);
    let (mut csum, mut frac1, mut frac2) = (1.0, 0.0, 0.0);
    for &x in vec.iter() {
        let x = x * scale;
        let pr = dl_mul(x, x);
        let sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let pr = dl_mul(-h, h);
    let sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// The exponent `e` of `frexp(x) = (m, e)`, `0.5 <= |m| < 1`, for finite non-zero `x`.
fn frexp_exponent(x: f64) -> i32 {
    let biased = ((x.to_bits() >> 52) & 0x7FF) as i32;
    if biased == 0 {
        // Subnormal: normalize first.
        frexp_exponent(x * 2f64.powi(64)) - 64
    } else {
        biased - 1022
    }
}

/// `math.hypot(*coordinates)`
pub fn hypot(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "math.hypot", kwargs, &[])?;
    let mut coords = Vec::with_capacity(args.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for &a in args {
        let x = float_arg(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::float(vector_norm(&mut coords, max, found_nan)))
}

/// `math.fsum(iterable)`: the correctly rounded sum (Shewchuk's partials, as
/// CPython computes it).
pub fn fsum(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "fsum", args, kwargs, 1, 1)?;
    let items = vm.collect_iterable(args[0])?;
    let mut xs = Vec::with_capacity(items.len());
    let mark = vm.roots.len();
    vm.roots.extend_from_slice(&items);
    let converted = items.iter().try_for_each(|&v| {
        xs.push(float_arg(vm, v)?);
        Ok(())
    });
    vm.roots.truncate(mark);
    converted?;
    match exact_sum(&xs) {
        Ok(s) => Ok(Value::float(s)),
        Err(FsumError::Overflow) => Err(vm.overflow_error("intermediate overflow in fsum")),
        Err(FsumError::InfMinusInf) => Err(vm.value_error("-inf + inf in fsum")),
    }
}

#[derive(Debug, PartialEq)]
enum FsumError {
    Overflow,
    InfMinusInf,
}

/// CPython's `math_fsum` over plain floats.
fn exact_sum(xs: &[f64]) -> Result<f64, FsumError> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for &item in xs {
        let mut x = item;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an inf or nan summand, or from overflow of finite ones.
                if item.is_finite() {
                    return Err(FsumError::Overflow);
                }
                if item.is_infinite() {
                    inf_sum += item;
                }
                special_sum += item;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        return if inf_sum.is_nan() {
            Err(FsumError::InfMinusInf)
        } else {
            Ok(special_sum)
        };
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        // Sum from the top while the sum stays exact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across several partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// `math.prod(iterable, *, start=1)`
pub fn prod(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "prod", kwargs, &["start"])?;
    arity(vm, "prod", args, 1, 1)?;
    let start = kwarg(vm, kwargs, "start").unwrap_or(Value::small_int(1));
    let mark = vm.roots.len();
    let result = (|| {
        let it = vm.get_iter(args[0])?;
        vm.roots.extend([it, start]);
        while let Some(item) = vm.iter_next(it)? {
            let acc = vm.roots[mark + 1];
            vm.roots[mark + 1] = vm.binary_op(BinaryOp::Mul, acc, item)?;
        }
        Ok(vm.roots[mark + 1])
    })();
    vm.roots.truncate(mark);
    result
}

/// `math.gcd(*integers)`
pub fn gcd(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "math.gcd", kwargs, &[])?;
    let mut g = BigInt::zero();
    for &a in args {
        let x = big_arg(vm, a)?;
        g = g.gcd(&x);
    }
    Ok(vm.int_from_big(g))
}

/// `math.lcm(*integers)`
pub fn lcm(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "lcm", kwargs, &[])?;
    let mut l = BigInt::one();
    for &a in args {
        let x = big_arg(vm, a)?;
        l = if l.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&x)
        };
    }
    Ok(vm.int_from_big(l.abs()))
}

/// A non-negative int argument up to `i64::MAX`: ValueError `negative` below
/// zero, OverflowError `too_large` above.
fn count_arg(vm: &mut Vm, v: Value, negative: &str, too_large: &str) -> PyResult<u64> {
    let n = big_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error(negative));
    }
    match n.to_u64().filter(|&n| n <= i64::MAX as u64) {
        Some(n) => Ok(n),
        None => Err(vm.overflow_error(too_large)),
    }
}

const N_TOO_LARGE: &str = "n must not exceed 9223372036854775807";
const K_TOO_LARGE: &str = "k must not exceed 9223372036854775807";

/// The product of the integers in `lo..=hi` (1 when empty), by halves so the
/// multiplications stay balanced.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        return (lo..=hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

pub fn factorial(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "factorial", args, kwargs, 1, 1)?;
    let n = count_arg(
        vm,
        args[0],
        "factorial() not defined for negative values",
        "factorial() argument should not exceed 9223372036854775807",
    )?;
    Ok(vm.int_from_big(range_product(1, n)))
}

pub fn isqrt(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "isqrt", args, kwargs, 1, 1)?;
    let n = big_arg(vm, args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.int_from_big(n.sqrt()))
}

/// `math.comb(n, k)`
pub fn comb(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "comb", args, kwargs, 2, 2)?;
    let n = count_arg(vm, args[0], "n must be a non-negative integer", N_TOO_LARGE)?;
    let k = count_arg(vm, args[1], "k must be a non-negative integer", K_TOO_LARGE)?;
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = k.min(n - k);
    let r = range_product(n - k + 1, n) / range_product(1, k);
    Ok(vm.int_from_big(r))
}

/// `math.perm(n, k=None)`
pub fn perm(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    positional(vm, "perm", args, kwargs, 1, 2)?;
    let n = count_arg(vm, args[0], "n must be a non-negative integer", N_TOO_LARGE)?;
    let k = match args.get(1).filter(|k| !k.is_none()) {
        Some(&k) => count_arg(vm, k, "k must be a non-negative integer", K_TOO_LARGE)?,
        None => n,
    };
    if k > n {
        return Ok(Value::small_int(0));
    }
    Ok(vm.int_from_big(range_product(n - k + 1, n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fsum_is_exact() {
        assert_eq!(exact_sum(&[0.1; 10]), Ok(1.0));
        assert_eq!(
            exact_sum(&[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
            Ok(1e-100)
        );
        assert_eq!(exact_sum(&[]), Ok(0.0));
        assert_eq!(
            exact_sum(&[f64::INFINITY, f64::NEG_INFINITY]),
            Err(FsumError::InfMinusInf)
        );
        assert_eq!(exact_sum(&[f64::MAX, f64::MAX]), Err(FsumError::Overflow));
    }

    #[test]
    fn vector_norm_matches_simple_cases() {
        assert_eq!(vector_norm(&mut [3.0, 4.0], 4.0, false), 5.0);
        assert_eq!(vector_norm(&mut [5.0, 12.0], 12.0, false), 13.0);
        assert!(vector_norm(&mut [1.0, f64::NAN], 1.0, true).is_nan());
    }

    #[test]
    fn range_products() {
        assert_eq!(range_product(1, 5), BigInt::from(120));
        assert_eq!(range_product(3, 2), BigInt::from(1));
        assert_eq!(range_product(1, 20), BigInt::from(2432902008176640000u64));
    }
}
