# Comparisons involving nan, inf, -0.0 in compiled code: nan compares false except !=; -0.0 == 0.0.
inf = float("inf")
nan = float("nan")
vals = [nan, inf, -inf, 0.0, -0.0, 1.0, -1.0, 1e308, 5e-324]


def ops(a, b):
    r = ""
    r += "1" if a == b else "0"
    r += "1" if a != b else "0"
    r += "1" if a < b else "0"
    r += "1" if a <= b else "0"
    r += "1" if a > b else "0"
    r += "1" if a >= b else "0"
    return r


for a in vals:
    print(repr(a), [ops(a, b) for b in vals])


def branchy(n):
    xs = [nan, 1.0, inf, -0.0, 0.0, -inf]
    counts = [0, 0, 0, 0]
    for i in range(n):
        x = xs[i % 6]
        if x < 0.5:
            counts[0] += 1
        elif x >= 0.5:
            counts[1] += 1
        else:
            counts[2] += 1
        if not (x == x):
            counts[3] += 1
    return counts


print(branchy(1200))
print(nan in [nan], nan == nan, [nan] == [nan], (nan,) == (nan,), max(1.0, nan), min(nan, 1.0))
x = nan
print(x is x, x in [x], [x] == [x], x != x)
print(inf == 2 ** 2000, inf > 2 ** 2000, -inf < -(2 ** 2000), 0.0 == 0, -0.0 == False, 1e308 < 2 ** 1024)


def sign_zero(n):
    z = -0.0
    eq = 0
    lt = 0
    for i in range(n):
        if z == 0.0:
            eq += 1
        if z < 0.0:
            lt += 1
        z = -z
    return eq, lt


print(sign_zero(1000))
