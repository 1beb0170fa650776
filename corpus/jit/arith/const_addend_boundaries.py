# Adding or subtracting a literal constant checks the operand against the edge of
# the small ints before adding (x + c overflows exactly when x > 2**47 - 1 - c).
# Every constant below, on either side of `+`, as `-` and as `+=`, at each value
# around both edges where the result leaves or stays in the small ints, in a hot
# loop (every result of every round goes into the checksum: a wrong result before
# the site gives up on small ints shows); then operands that are already big ints.
MAX = 2**47 - 1
MIN = -(2**47)


def edges(c):
    out = []
    for base in (MAX - c, MIN - c, MAX + c, MIN + c, MAX, MIN, 0, c, -c):
        for d in (-2, -1, 0, 1, 2):
            if MIN <= base + d <= MAX:
                out.append(base + d)
    return out


def plus1(xs):
    return [x + 1 for x in xs]


def minus1(xs):
    return [x - 1 for x in xs]


def plus7_left(xs):
    return [7 + x for x in xs]


def minus7(xs):
    return [x - 7 for x in xs]


def plus_big(xs):
    return [x + 70368744177664 for x in xs]


def minus_big(xs):
    return [x - 70368744177664 for x in xs]


def plus_max(xs):
    return [x + 140737488355327 for x in xs]


def minus_max_left(xs):
    return [-140737488355327 + x for x in xs]


def const_minus(xs):
    return [5 - x for x in xs]


def aug(xs):
    out = []
    for x in xs:
        x += 1000
        out.append(x)
        x -= 2000
        out.append(x)
    return out


def loop_counter(start, n):
    x = start
    for i in range(n):
        x = x + 3
    return x


cases = [
    (plus1, 1),
    (minus1, -1),
    (plus7_left, 7),
    (minus7, -7),
    (plus_big, 2**46),
    (minus_big, -(2**46)),
    (plus_max, MAX),
    (minus_max_left, -MAX),
    (const_minus, 5),
    (aug, 1000),
]
total = 0
for f, c in cases:
    xs = edges(c) + edges(-c)
    for rep in range(40):
        ys = f(xs)
        for y in ys:
            total = (total * 31 + y) % 1000000007
    print(f.__name__, ys[:6], ys[-3:])
print(total)
big = [MAX + 1, MIN - 1, 2**60, -(2**60), 2**200]
for f, c in cases:
    print(f.__name__, f(big))
print(loop_counter(MAX - 3000, 999), loop_counter(MAX - 3000, 1001))
print(loop_counter(MIN, 10), loop_counter(2**60, 3))
