# The math and sys modules: results, special values, and errors
import math
import sys
from math import sqrt, pi, isclose, gcd, hypot

print(sqrt(16), sqrt(2), math.sqrt(10 ** 20), math.exp(1), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log2(1024), math.log10(1000), math.log(2 ** 2000), math.log10(10 ** 400), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(0), math.cos(pi), math.tan(pi / 4), math.atan(1), math.atan2(1, -1), math.asin(1), math.acos(0))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.floor(2.7), math.floor(-2.1), math.ceil(2.1), math.ceil(-2.7), math.trunc(-2.7), math.floor(10 ** 20), math.ceil(1e20))
print(math.fabs(-3), math.pow(2, 10), math.pow(2, -1), math.pow(-8, 3), math.copysign(3, -0.0), math.fmod(7, -3), math.fmod(-7, 3))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isinf(-math.inf), math.isnan(1))
print(math.degrees(pi), math.radians(180), math.degrees(1e308))
print(isclose(0.1 + 0.2, 0.3), isclose(1, 1.1), isclose(1, 1.1, rel_tol=0.2), isclose(0, 1e-12), isclose(0, 1e-12, abs_tol=1e-9))
print(gcd(12, 18), gcd(0, 5), gcd(), gcd(12, 18, 8), gcd(-4, 6), gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm())
print(hypot(3, 4), hypot(1, 1), hypot(3, 4, 12), hypot(), hypot(-5), hypot(1e200, 1e200), hypot(1.5, 2.5, 3.5))
print(math.factorial(0), math.factorial(20), math.factorial(30), math.isqrt(99), math.isqrt(10 ** 30), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(x / 7 for x in range(100)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 6), start=10))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(sys.maxsize, len(sys.argv), sys.getrecursionlimit())
sys.setrecursionlimit(120)
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(100))
try:
    depth(200)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
cases = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-1, 2),
    lambda: math.log(1, 1),
    lambda: math.exp(1000),
    lambda: math.pow(0, -1),
    lambda: math.pow(-8, 1 / 3),
    lambda: math.pow(10, 400),
    lambda: math.fmod(1, 0),
    lambda: math.sin(math.inf),
    lambda: math.acos(2),
    lambda: math.atanh(1),
    lambda: math.sqrt("x"),
    lambda: math.floor("x"),
    lambda: math.trunc("x"),
    lambda: math.floor(math.inf),
    lambda: math.factorial(-1),
    lambda: math.factorial(2.0),
    lambda: math.isqrt(-4),
    lambda: math.comb(-1, 2),
    lambda: math.gcd(1.5),
    lambda: isclose(1, 2, rel_tol=-1),
    lambda: math.fsum([math.inf, -math.inf]),
    lambda: math.fsum([1e308, 1e308]),
    lambda: sys.setrecursionlimit(0),
]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
