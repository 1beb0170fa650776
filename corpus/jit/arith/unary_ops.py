# Unary -, +, ~ and not on ints, boundaries, big ints, floats, bools, None and containers in loops.
vals = [0, 1, -1, 7, 140737488355327, 140737488355328, -140737488355328, -140737488355329,
        2 ** 63 - 1, 2 ** 64, -(2 ** 64), 0.0, -0.0, 2.5, float("inf"), True, False]
for v in vals:
    print(repr(v), repr(-v), repr(+v), repr(not v))
for v in vals:
    if not isinstance(v, float):
        print(v, ~v, ~~v, -(~v), ~(-v))
for v in [None, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), {0}]:
    print(repr(v), not v, not not v)


def hot(n):
    s = 0
    f = 0.0
    b = 0
    for i in range(n):
        s += -i + ~i
        f -= -(i * 0.5)
        b += not (i % 4)
    return s, f, b


print(hot(2000))


def neg_chain(x, n):
    out = []
    for i in range(n):
        x = -x
        out.append(x)
        x = ~x
        out.append(x)
    return out


print(neg_chain(140737488355327, 3))
print(neg_chain(2 ** 80, 2))
print(neg_chain(5, 3))
for bad in ["s", None, [1]]:
    try:
        print(-bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(~1.5)
except TypeError as e:
    print("TypeError:", e)
