# Shifts by literal counts and division by literal divisors in hot loops: the JIT
# drops the count and divisor checks it can decide at compile time, so every
# count here is a literal (0, 1, 47, 63, 64, 100, negative) on values at the
# 48-bit edges, negative values, big ints and bools.
M = 2 ** 47


def rights(vals):
    out = []
    for v in vals:
        out.append((v >> 0, v >> 1, v >> 3, v >> 47, v >> 48, v >> 63, v >> 64, v >> 100, v >> 1000))
    return out


def lefts(vals):
    out = []
    for v in vals:
        out.append((v << 0, v << 1, v << 16, v << 47, v << 63, v << 64, v << 100))
    return out


def hot(n):
    acc = 0
    for i in range(-n, n):
        acc += (i >> 1) + (i >> 5) * 3 + (i >> 70) * 7 + (i << 2) - (i << 0)
        acc ^= (i << 40) >> 40
    return acc


def negative_counts(vals):
    caught = []
    for v in vals:
        try:
            caught.append(v >> -1)
        except ValueError as e:
            caught.append(str(e))
        try:
            caught.append(v << -2)
        except ValueError as e:
            caught.append(str(e))
    return caught


def zero_divisors(vals):
    caught = []
    for v in vals:
        try:
            caught.append(v % 0)
        except ZeroDivisionError as e:
            caught.append(str(e))
        try:
            caught.append(v // 0)
        except ZeroDivisionError as e:
            caught.append(str(e))
    return caught


vals = [0, 1, -1, 5, -5, M - 1, -M, M, -M - 1, 2 ** 63, -(2 ** 70) + 3, True, False]
for _ in range(30):
    r, l, h = rights(vals), lefts(vals), hot(300)
print(r)
print(l)
print(h)
for _ in range(30):
    n, z = negative_counts(vals[:5]), zero_divisors(vals[:5])
print(n)
print(z)
