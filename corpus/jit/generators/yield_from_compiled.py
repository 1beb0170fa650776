# `yield from` resumed in compiled code: each resumption of a delegating generator
# runs its `yield from` as compiled code (a step of the delegation), and a value the
# delegate yields suspends the generator through an exit. Delegation chains, values
# returned through `yield from`, exceptions raised by a delegate (caught inside and
# outside), delegates of every iterable kind, and registers that must survive each
# suspension (ints, floats, strs, lists live across the `yield from`).
def leaf(n, scale):
    total = 0
    for i in range(n):
        total += i
        yield i * scale
    return total


def middle(n):
    acc = 0.5
    label = "m" + str(n)
    seen = []
    for k in range(3):
        got = yield from leaf(n, k + 1)
        acc += got
        seen.append(got)
    yield (label, acc, seen)
    return acc


def top(n):
    s = 0
    r = yield from middle(n)
    s += int(r)
    yield from [s, s + 1]
    yield from range(3)
    yield from "ab"
    yield from (x * x for x in range(4))
    return s


out = []
for v in top(5):
    out.append(v)
print(out)

# A hot delegation: many resumptions of the same `yield from`.
t = 0
for v in leaf(3000, 2):
    t += v
print(t)


def relay(g):
    r = yield from g
    return r


def nested(depth, n):
    if depth == 0:
        r = yield from leaf(n, 1)
        return r
    r = yield from nested(depth - 1, n)
    return r + depth


total = 0
count = 0
for v in nested(40, 200):
    total += v
    count += 1
print(total, count)


def result_of(g):
    r = yield from g
    yield ("returned", r)


print(list(result_of(nested(5, 10))))


# A delegate that raises: caught by the delegating generator, then by the caller.
def failing(n):
    for i in range(n):
        if i == 7:
            raise ValueError("bad item " + str(i))
        yield i


def guarded(n):
    try:
        yield from failing(n)
    except ValueError as e:
        yield ("caught", str(e))
    yield "after"


print(list(guarded(20)))


def unguarded(n):
    yield "start"
    yield from relay(failing(n))
    yield "never"


got = []
try:
    for v in unguarded(50):
        got.append(v)
except ValueError as e:
    print("outside:", e, got)


# Abandoning a delegating generator part-way, then starting another.
g = top(4)
first = [next(g), next(g), next(g)]
print(first)
h = relay(leaf(5, 10))
print(next(h), next(h), list(h))


# ints that leave the small-int range across suspensions, and floats.
def growing(n):
    x = 1
    f = 1.0
    for _ in range(n):
        x = x * 3
        f = f * 1.5
        yield from [x, f]


vals = list(relay(growing(40)))
print(vals[-2], vals[-1], len(vals))
