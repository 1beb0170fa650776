# A float accumulator loop (unboxed floats) meets ints, big ints and bools at the same sites; then floats return.
def integrate(xs):
    s = 0.0
    m = 1.0
    log = []
    for i in range(len(xs)):
        x = xs[i]
        s = s + x * 0.5
        m = m * 1.0001 if x > 0 else m
        if i % 400 == 0 or i >= len(xs) - 5:
            log.append((i, s, round(m, 6)))
    return log


xs = [i * 0.25 for i in range(2000)] + [3, 2 ** 60, True, 1.5, -7]
for e in integrate(xs):
    print(e)


def loop_carried(n):
    x = 0.5
    y = 1
    for i in range(n):
        if i == n - 10:
            x = int(x)
        x = x + 1
        y = y + x
    return x, y, repr(x), repr(y)


print(loop_carried(2000))


def mix_div(n):
    out = []
    v = 1.0
    for i in range(1, n):
        v = v / 2 if i % 2 else v * 2
        if i % 500 == 0:
            v = 1
        out.append(v)
    return out[-5:], repr(v)


print(mix_div(2002))
