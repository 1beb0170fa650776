# Division/modulo/negation/abs of the most negative small int (-2**47) and of -2**63 by -1 inside hot loops.
def divs(vals, ds):
    out = []
    for v in vals:
        for d in ds:
            out.append((v // d, v % d, -v, abs(v), v * d, v - d))
    return out


edge = [-140737488355328, -140737488355329, 140737488355327, -9223372036854775808, -9223372036854775807, -4611686018427387904]
for row in divs(edge, [-1, 1, -2, 2]):
    print(row)


def hot(n):
    v = -140737488355328
    acc = 0
    last = None
    for i in range(n):
        q = v // -1
        r = v % -1
        m = v * -1
        acc += (q - m) + r
        last = (q, m)
        v = v if i % 2 else -140737488355328
    return acc, last


print(hot(2000))


def neg_loop(n):
    x = -(2 ** 47)
    trace = []
    for i in range(n):
        x = -x
        trace.append(x)
        x = -x - 1 if i % 3 == 0 else -x
    return trace[:6], trace[-3:]


print(neg_loop(1000))
print(divmod(-140737488355328, -1), divmod(-(2 ** 63), -1), pow(-(2 ** 47), 1), (-(2 ** 47)) ** 2)
