# Closures capturing loop-carried state, nonlocal counters updated in hot loops, closures created in loops.
def counter():
    n = 0

    def inc(k=1):
        nonlocal n
        n += k
        return n

    def get():
        return n

    return inc, get


inc, get = counter()
for i in range(2000):
    inc()
    if i % 500 == 0:
        inc(0.5)
print(get(), inc(0))


def make_adders(n):
    return [lambda x, i=i: x + i for i in range(n)]


adders = make_adders(5)
print([a(10) for a in adders])
late = [lambda: i for i in range(3)]
print([f() for f in late])


def accumulate(xs):
    total = 0
    mx = None

    def add(v):
        nonlocal total, mx
        total += v
        if mx is None or v > mx:
            mx = v

    for x in xs:
        add(x)
    return total, mx


print(accumulate(range(1000)), accumulate([2.5, -1, 2 ** 70]), accumulate([]))


def nest3():
    a = 1

    def mid():
        b = 2

        def inner():
            nonlocal a, b
            a += 10
            b += 100
            return a + b

        r = [inner() for _ in range(3)]
        return r, b

    r = mid()
    return r, a


print(nest3())


def type_changing_cell(n):
    v = 0

    def bump():
        nonlocal v
        if v == 300:
            v = "str"
        elif isinstance(v, str):
            v = v + "!" if len(v) < 8 else 0.5
        else:
            v += 1

    for _ in range(n):
        bump()
    return v


print(type_changing_cell(1000), type_changing_cell(305), type_changing_cell(200))
