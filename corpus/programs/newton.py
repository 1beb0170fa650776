# Numerical methods with floats: Newton's method, bisection, Simpson integration, series.

def newton_sqrt(x, tol=1e-15):
    if x == 0:
        return 0.0
    g = x if x > 1 else 1.0
    for i in range(100):
        ng = 0.5 * (g + x / g)
        if abs(ng - g) <= tol * ng:
            return ng
        g = ng
    return g


def newton_poly(coeffs, x0):
    # coefficients highest first
    x = x0
    for _ in range(50):
        f = 0.0
        df = 0.0
        for c in coeffs:
            df = df * x + f
            f = f * x + c
        if df == 0:
            break
        step = f / df
        x -= step
        if abs(step) < 1e-14:
            break
    return x


def simpson(fn_id, a, b, n):
    h = (b - a) / n
    total = f(fn_id, a) + f(fn_id, b)
    for i in range(1, n):
        total += f(fn_id, a + i * h) * (4 if i % 2 else 2)
    return total * h / 3


def exp_series(x):
    term = 1.0
    total = 1.0
    k = 1
    while abs(term) > 1e-17:
        term *= x / k
        total += term
        k += 1
    return total


def sin_series(x):
    term = x
    total = x
    k = 1
    while abs(term) > 1e-17:
        term *= -x * x / ((2 * k) * (2 * k + 1))
        total += term
        k += 1
    return total


def f(fn_id, x):
    if fn_id == "square":
        return x * x
    if fn_id == "recip":
        return 1 / x
    if fn_id == "semicircle":
        return (1 - x * x) ** 0.5 if x * x < 1 else 0.0
    return sin_series(x)


for x in (2.0, 10.0, 0.25, 1e10, 12345.678):
    r = newton_sqrt(x)
    print(f"sqrt({x}) = {r!r}  builtin = {x ** 0.5!r}  diff = {abs(r - x ** 0.5):.2e}")
print("root of x^3 - 2x - 5:", newton_poly([1.0, 0.0, -2.0, -5.0], 2.0))
print("root of x^2 - 2:", newton_poly([1.0, 0.0, -2.0], 1.0))
print("integral x^2 on [0,3]:", simpson("square", 0.0, 3.0, 100))
print("integral 1/x on [1,e]: %.12f" % simpson("recip", 1.0, exp_series(1.0), 1000))
print("pi from semicircle: %.6f" % (2 * simpson("semicircle", -1.0, 1.0, 2000)))
print("integral sin on [0,pi]: %.10f" % simpson("sin", 0.0, 3.141592653589793, 200))
print("e =", exp_series(1.0), "e^-1 =", exp_series(-1.0), "e^10 =", exp_series(10.0))
print("sin(1) =", sin_series(1.0), "sin(pi/6) = %.15f" % sin_series(3.141592653589793 / 6))
x = 1.5
for i in range(8):
    x = x - (x * x * x - x - 1) / (3 * x * x - 1) if abs(3 * x * x - 1) > 1e-12 else x + 1
    print(f"  iterate {i}: {x:.15f}")
h = 1.0
for i in range(6):
    d = (exp_series(1.0 + h) - exp_series(1.0 - h)) / (2 * h)
    print(f"h={h:g} derivative of exp at 1 ~ {d:.10f}")
    h /= 10
