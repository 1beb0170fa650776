# Calls of small arithmetic functions, which compiled code inlines, in every case
# where the inlined body must give up and make the real call instead: an int result
# past the 48-bit immediates, a zero divisor (the traceback must show the callee),
# the function rebound mid-loop, int and float arguments mixed, and deep recursion.
def scale(x, y):
    return x * y + 1


def ratio(a, b):
    return (a + 1) / b


def halve(n):
    return -(n // 2) + n % 3


def mixed(x, y):
    z = x - y
    return z * 0.5 + x


def run():
    total = 0
    big = 0
    for i in range(3000):
        total += scale(i, i + 7)
        big += scale(2 ** 40 + i, 2 ** 10)  # past 2**47: the call makes a big int
        total += halve(i - 1500)
    return total, big


def ratios():
    out = 0.0
    for i in range(1, 2000):
        out += ratio(i, i % 50 + 1)
        out += mixed(i, 0.25) + mixed(0.5, i) + mixed(i, i + 1)
    return out


def divide_by_zero():
    caught = 0
    for i in range(2000):
        try:
            ratio(i, i % 997)
        except ZeroDivisionError as e:
            caught += 1
            last = str(e)
    return caught, last


def rebinding():
    global scale
    acc = 0
    for i in range(2000):
        if i == 1000:
            scale = lambda x, y: x - y
        acc += scale(i, 3)
    return acc


def deep(n):
    if n == 0:
        return scale(2, 3)
    return deep(n - 1) + 0 * scale(n, n)


def leaf_at(n):
    if n == 0:
        return scale(1, 2)
    return leaf_at(n - 1)


def plain_at(n):
    if n == 0:
        return 3
    return plain_at(n - 1)


def deepest(f):
    # The largest n for which f(n) returns: for leaf_at, one less than for plain_at,
    # as the inlined leaf call must still count against the recursion limit.
    n = 900
    while True:
        try:
            f(n + 1)
        except RecursionError:
            return n
        n += 1


for _ in range(300):
    leaf_at(3)  # the call of scale runs (and is inlined) before the probe
print(deepest(plain_at) - deepest(leaf_at))
print(run())
print(round(ratios(), 6))
print(divide_by_zero())
print(rebinding())
print(deep(900))
for _ in range(1000):
    r = ratio(3, 4)
print(r)
print(ratio(1, 0))
