# for over range with positive, negative, large and odd steps, empty ranges, and len/index of ranges.
def collect(r):
    out = []
    for i in r:
        out.append(i)
    return out


cases = [(0,), (5,), (-3,), (2, 9), (9, 2), (2, 9, 3), (9, 2, -3), (10, -10, -7), (0, 100, 33), (-5, 5, 2),
         (5, 5), (5, 5, -1), (0, 1, 1000), (100, 0, -1000), (-1, -10, -1)]
for c in cases:
    r = range(*c)
    print(c, collect(r), len(r))


def sums(n):
    a = 0
    for i in range(n):
        a += i
    b = 0
    for i in range(n, 0, -1):
        b += i
    c = 0
    for i in range(-n, n, 7):
        c += i
    d = 0
    for i in range(n, -n, -13):
        d += i
    return a, b, c, d


print(sums(1000))
print(sums(0))
print(sums(1))
r = range(3, 50, 4)
print(r[0], r[-1], r[3], len(r), 7 in r, 8 in r, list(r[2:5]), list(reversed(range(4))))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    print(r[100])
except IndexError as e:
    print("IndexError:", e)


def nested_dep(n):
    tot = 0
    for i in range(n):
        for j in range(i, n, 3):
            tot += j - i
    return tot


print(nested_dep(60))
