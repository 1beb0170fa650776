# Arithmetic and repr of -0.0, inf and nan inside compiled loops (unboxed floats must keep signs and NaN-ness).
inf = float("inf")
nan = float("nan")


def signs(n):
    z = 0.0
    out = []
    for i in range(n):
        z = -z
        out.append(repr(z))
        out.append(repr(z * 1.0))
        out.append(repr(z + 0.0))
        out.append(repr(z - 0.0))
    return out


print(signs(4))
print(-0.0, 0.0 * -1, -0.0 + -0.0, -0.0 - 0.0, 0.0 - 0.0, abs(-0.0), -(0.0), +(-0.0))


def grow_to_inf(x):
    steps = 0
    while x != inf and x != -inf:
        x = x * 1e10
        steps += 1
    return steps, x, -x, x - x, x * 0, x + 1


print(grow_to_inf(1.0))
print(grow_to_inf(-1.0))


def nans(n):
    v = nan
    count = 0
    res = []
    for i in range(n):
        v = v + i
        if v == v:
            count += 1
        if v != v:
            count += 100
        res.append(v < 1.0 or v > 1.0 or v == 1.0)
    return count, res, repr(v)


print(nans(5))
vals = [inf, -inf, nan, 0.0, -0.0, 1e308, 5e-324, -5e-324]
for a in vals:
    row = []
    for b in vals:
        row.append(repr(a + b))
        row.append(repr(a * b))
    print(repr(a), row)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, 1e308 + 1e308 - 1e308)
print(inf - inf, inf * 0, str(nan), str(-inf), float("-nan"), float("-0"))
print(int(1e300) % 1000, int(-2.5), int(2.9999), round(-0.5), round(0.5), round(1.5), round(2.5))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
