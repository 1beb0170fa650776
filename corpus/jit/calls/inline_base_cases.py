# Calls whose callee returns early on ints, floats or bools (base cases, guards) run
# that part inline; every other path, and every argument of another type, makes the
# call after all. Results, big ints, exceptions and the recursion limit must not change.
import sys


def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)


print(fib(20), fib(15.0), fib(1.5), fib(True))


def parts(total, largest):
    if total == 0:
        return 1
    if total < 0 or largest == 0:
        return 0
    return parts(total - largest, largest) + parts(total, largest - 1)


print(parts(30, 15), parts(12.0, 5))


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print(tak(12, 8, 4), tak(9, 4.5, 1))


def describe(x):
    if x == 0:
        return 0
    return len(str(x))


values = [0, 7, -3, 0.0, 2.5, "abc", "", None, True, False, [1, 2], 10**20]
total = 0
for i in range(400):
    total += describe(values[i % len(values)])
print("describe", total)


def cube_if_positive(x):
    if x > 0:
        return x * x * x
    return -x


big = 0
for i in range(300):
    big += cube_if_positive(2**15 + i) + cube_if_positive(-(2**46) - i)
print("cubes", big, cube_if_positive(2**47 - 1))


def is_neg(x):
    return x < 0


def truthy(x):
    if x:
        return 1
    return 0


nan = float("nan")
flags = []
for x in [3, -2, 0, 0.0, -0.0, 1e-300, nan, -nan, 2.5, -7.25]:
    for _ in range(30):
        a = is_neg(x)
        b = truthy(x)
    flags.append((a, b))
print(flags)


def less(a, b):
    if a < b:
        return 1
    return 0


def differ(a, b):
    return a != b


print([less(a, b) for a in [1, 2.5, nan] for b in [2, 2.5, nan] for _ in range(20)][::20])
print([differ(a, b) for a in [1, nan] for b in [1, 1.0, nan] for _ in range(20)][::20])


def clamp(x):
    if x < 2.5:
        return x
    return 2.5


print([clamp(i) for i in range(5)] * 1, sum(clamp(i) for i in range(300)))


def maybe(x):
    if x > 0:
        return x


print([maybe(i) for i in range(-2, 3)], sum(maybe(i) or 0 for i in range(300)))


def inverse(x):
    if x != 1:
        return 1 / x
    return 1


caught = 0
for i in range(300):
    try:
        inverse(i % 5)
    except ZeroDivisionError:
        caught += 1
print("caught", caught)

sys.setrecursionlimit(120)


def down(n):
    if n == 0:
        return 0
    return down(n - 1)


deepest = 0
for n in range(60, 160):
    try:
        down(n)
        deepest = n
    except RecursionError:
        break
print("deepest", deepest)


def parity(n):
    if n % 2 == 0:
        return n // 2
    return parity(n - 1)


print(sum(parity(i) for i in range(500)))
print(inverse(0))
