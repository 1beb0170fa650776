# Set add/discard/membership and set algebra in hot loops over ints and tuples; results printed sorted.
def reach(n):
    seen = {0}
    frontier = [0]
    while frontier:
        nxt = []
        for v in frontier:
            for w in ((v * 2) % n, (v + 7) % n, (v * v + 1) % n):
                if w not in seen:
                    seen.add(w)
                    nxt.append(w)
        frontier = nxt
    return len(seen)


print(reach(1000), reach(97), reach(2048))
pts = set()
for i in range(1500):
    pts.add((i % 13, i % 7))
print(len(pts), (12, 6) in pts, (13, 0) in pts, sorted(pts)[:5])
a = set(range(0, 100, 3))
b = set(range(0, 100, 5))
print(sorted(a & b), len(a | b), len(a - b), len(a ^ b), sorted(b - a)[:5])
print(a >= (a & b), (a & b) <= b, len(a & {1, 2, 3}))
u = set()
for i in range(1000):
    if i % 2:
        u.add(i % 50)
    else:
        u.discard(i % 50)
print(sorted(u))
print(sorted({x * x % 11 for x in range(100)}), len({1, 1.0, True}), sorted({2 ** 70, 2 ** 70, -1}))
fs = set([3, 1, 2])
fs |= {10}
fs &= {1, 2, 10}
fs -= {2}
fs ^= {5, 1}
print(sorted(fs))
