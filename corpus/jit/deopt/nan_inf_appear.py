# Values become inf and nan inside hot float loops; guards on comparisons must still follow IEEE rules.
def blow(n):
    x = 1.0
    log = []
    for i in range(n):
        x = x * 7.5
        y = x - x
        if x > 1e300 or i % 100 == 0:
            log.append((i, x, y, x == y, x > y, y != y))
    return log


for e in blow(360):
    print(e)


def clamp_sum(xs):
    s = 0.0
    big = 0
    bad = 0
    for x in xs:
        if x != x:
            bad += 1
            continue
        if x > 1e308:
            big += 1
            continue
        s += x
    return s, big, bad


inf = float("inf")
data = [0.5 * i for i in range(1500)] + [inf, -inf, inf - inf, 1e308, 1e308 * 10]
print(clamp_sum(data))


def minmax(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


print(minmax([3.0, float("nan"), 1.0, 5.0]), minmax([float("nan"), 1.0, 2.0]), minmax([1.0, inf, -inf, 0.0]))
