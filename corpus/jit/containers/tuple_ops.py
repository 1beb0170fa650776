# Tuples: packing/unpacking, nested unpacking, star-unpacking, concatenation, repetition, comparisons, as dict keys.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1.5, "s"), [3]
print(x, y, z)
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = "abc"
print(init, tail)
h, *rest = [1]
print(h, rest)
t = (1, 2) + (3,) * 3
print(t, len(t), t.count(3), t.index(3), t[1:4], t[::-1], 3 in t)


def swaps(n):
    p, q, r = 0, 1, 2.5
    for i in range(n):
        p, q, r = q, r, p + i
    return p, q, r


print(swaps(999), swaps(1000), swaps(1001))
pts = [(i, i * i % 7, -i) for i in range(20)]
tot = 0
for u, v, w in pts:
    tot += u * v + w
print(tot, max(pts, key=lambda p: (p[1], p[0])), sorted(pts, key=lambda p: p[1])[:3])
dk = {}
for i in range(300):
    k = (i % 3, i % 5)
    dk[k] = dk.get(k, 0) + 1
print(len(dk), dk[(0, 0)], dk[(2, 4)])
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(tuple(), (1,), tuple("ab"), (), ((),), hash((1, 2)) == hash((1, 2)))
