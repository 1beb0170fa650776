# Generators yielding from inside nested loops with loop-carried ints/floats/lists that survive suspension.
def grid(w, h):
    for y in range(h):
        acc = 0.0
        for x in range(w):
            acc += x * 0.5
            yield (x, y, acc)


pts = list(grid(4, 3))
print(len(pts), pts[:5], pts[-1])


def running(xs):
    total = 0
    big = 2 ** 47 - 3
    for x in xs:
        total += x
        big += 1
        yield total, big


out = []
for t, b in running(range(2000)):
    if t % 333 == 0:
        out.append((t, b))
print(out, b)


def chunks(xs, n):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf


print(list(chunks(range(11), 4)), list(chunks([], 3)), [sum(c) for c in chunks(range(1000), 250)])


def interleave(a, b):
    ia = 0
    ib = 0
    while ia < len(a) or ib < len(b):
        if ia < len(a):
            yield a[ia]
            ia += 1
        if ib < len(b):
            yield b[ib]
            ib += 1


print(list(interleave([1, 2, 3], "ab")), "".join(interleave("ace", "bdf")))


def types_gen(n):
    for i in range(n):
        if i % 3 == 0:
            yield i
        elif i % 3 == 1:
            yield i * 0.5
        else:
            yield str(i)


print(list(types_gen(9)), sum(v for v in types_gen(3000) if not isinstance(v, str)))
