# int vs float vs bool comparisons, incl. big ints vs floats beyond 2**53 where rounding matters.
pairs = [(1, 1.0), (1, True), (0, False), (True, 1.0), (2 ** 53, 2.0 ** 53), (2 ** 53 + 1, 2.0 ** 53),
         (2 ** 53 + 1, 2.0 ** 53 + 2), (2 ** 63, 9.223372036854776e18), (2 ** 63 - 1, 9.223372036854776e18),
         (140737488355328, 140737488355328.0), (140737488355329, 140737488355328.5), (-(2 ** 47), -140737488355328.0),
         (10 ** 30, 1e30), (3, 2.9999999999999996), (-3, -2.5), (2 ** 1100, float("inf"))]
for a, b in pairs:
    print(a == b, a != b, a < b, a <= b, a > b, a >= b, b < a, b == a)


def hot(n):
    c = 0
    for i in range(n):
        f = i + 0.5
        if i < f:
            c += 1
        if i == f - 0.5:
            c += 10
        if f > i + 1:
            c += 1000
        if (i % 2 == 0) == (i % 2 == 0.0):
            c += 100000
    return c


print(hot(1500))


def site_mixed(xs, threshold):
    # same comparison site sees ints, floats, bools, big ints
    hits = []
    for x in xs:
        hits.append(x > threshold)
        hits.append(threshold <= x)
    return hits


data = [1, 2.5, True, 2 ** 64, -2 ** 64, 0.0, 140737488355328, 3]
print(site_mixed(data, 2))
print(site_mixed(data, 2.0))
print(site_mixed(data, True))
print(site_mixed(data, 2 ** 63))
