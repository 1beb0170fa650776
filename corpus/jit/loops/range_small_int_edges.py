# range loops whose start, stop or step sit exactly at the edges of the 48-bit
# immediate ints (2**47 - 1 and -2**47) or just past them, run hot enough to compile.
MAX = 2 ** 47 - 1
MIN = -(2 ** 47)


def collect(r):
    out = []
    for i in r:
        out.append(i)
    return out


def total(r):
    t = 0
    n = 0
    for i in r:
        t += i
        n += 1
    return t, n


cases = [
    range(MAX - 3, MAX + 1),
    range(MAX - 3, MAX + 2),
    range(MIN + 3, MIN - 1, -1),
    range(MIN, MIN + 4),
    range(0, 10, 2 ** 47),
    range(0, 10, MAX),
    range(5, -5, MIN),
    range(5, -5, MIN - 1),
    range(MAX, MIN, -(2 ** 46)),
    range(MIN, MAX, 2 ** 46),
    range(MAX - 10, MAX, 3),
]
for _ in range(30):
    results = [collect(r) for r in cases]
    sums = [total(r) for r in cases]
for r, got, s in zip(cases, results, sums):
    print(r, got, s)
