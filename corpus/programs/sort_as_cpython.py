# list.sort and sorted make the comparisons CPython 3.11 makes (timsort with the
# powersort merge policy): the same number of __lt__ calls, the same order of a list
# with NaN, and the same partial order when a comparison raises.
class Rng:
    def __init__(self, seed):
        self.x = seed
    def randrange(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x % n
    def random(self):
        return self.randrange(1000000) / 1000000
    def choice(self, xs):
        return xs[self.randrange(len(xs))]
random = Rng(5)
class K:
    cnt = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        K.cnt += 1
        return self.v < other.v
def check(vals):
    K.cnt = 0
    r = sorted([K(v) for v in vals])
    return K.cnt, [k.v for k in r][:5]
out = []
def permutations(xs):
    if len(xs) <= 1:
        yield tuple(xs)
        return
    for i in range(len(xs)):
        for p in permutations(xs[:i] + xs[i + 1:]):
            yield (xs[i],) + p
for n in range(2, 7):
    tot = 0
    for p in permutations(list(range(n))):
        c, _ = check(p)
        tot = tot * 31 + c
    out.append(tot % 1000000007)
print(out)
shapes = []
for n in [10, 63, 64, 65, 100, 127, 128, 129, 200, 257, 500, 1000, 2049, 3000]:
    base = [random.randrange(n) for _ in range(n)]
    shapes.append(base)
    shapes.append(sorted(base))
    shapes.append(sorted(base, reverse=True))
    shapes.append(list(range(n // 2)) + list(range(n // 2, 0, -1)))
    shapes.append([i % 7 for i in range(n)])
    shapes.append([(i * 37) % 101 for i in range(n)])
    shapes.append(sorted(base)[: n // 2] + [random.randrange(n) for _ in range(n - n // 2)])
    shapes.append([x + (5 if i % 50 == 0 else 0) for i, x in enumerate(sorted(base))])
res = []
for sh in shapes:
    c, head = check(sh)
    res.append(c)
print(res)
nan = float("nan")
for vals in [[0, 2, nan, 1], [nan, 3, 1, 2], [3, nan, 2, nan, 1, 0], [1.5, nan, -1.0, 7.0, nan, 2.0, 0.5] * 20]:
    print(sorted(vals)[:12])
random = Rng(9)
for t in range(200):
    n = 2 + random.randrange(88)
    vals = [random.choice([nan, random.random(), random.randrange(5) + 0.0]) for _ in range(n)]
    s = sorted(vals)
    print(t, sum((i + 1) * (ord(ch) + 7) for i, ch in enumerate(''.join(str(x) for x in s))) % 1000003)
L = [1, 0, 2, "z"]
try:
    L.sort()
except TypeError as e:
    print(e)
print(L)
L = list(range(100, 0, -1)) + ["x"] + list(range(50))
try:
    L.sort()
except TypeError as e:
    print(e)
print(L[:10], L[95:110], L[-5:])
class Bad:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Bad.n += 1
        if Bad.n == 300:
            raise ValueError("boom")
        return self.v < o.v
    def __repr__(self): return str(self.v)
M = [Bad((i * 7919) % 211) for i in range(211)]
try:
    M.sort(reverse=True)
except ValueError as e:
    print(e)
print(M[:20], M[-10:])
print(sorted([3, 1, 2], key=lambda x: -x), sorted("banana"), sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
