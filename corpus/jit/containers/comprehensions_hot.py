# List/dict/set comprehensions with nested for/if and captured loop variables, evaluated inside hot loops.
def run(n):
    tot = 0
    for k in range(n):
        sq = [i * i for i in range(k % 10)]
        ev = [x for x in sq if x % 2 == 0]
        tot += sum(ev) + len(sq)
    return tot


print(run(1500))
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
print({i: [j for j in range(i)] for i in range(5)})
print(sorted({c for c in "mississippi"}))
print([[r * c for c in range(4)] for r in range(3)])
m = [[1, 2, 3], [4, 5, 6]]
print([v for row in m for v in row], [[row[i] for row in m] for i in range(3)])
scale = 3
print([x * scale for x in range(5)], [y for y in [1.5, 2, "a" * 2, None] if y])
d = {k: v for k, v in zip("abcde", range(5)) if v != 2}
print(d, {v: k for k, v in d.items()})
words = ["alpha", "beta", "gamma", "delta"]
print({w[0]: len(w) for w in words}, [w.upper() for w in words if "a" in w[1:]])
nested = [[x + y for x in range(3)] for y in range(0, 30, 10)]
print(nested)
print(sum([x for x in range(1000) if x % 7 == 3]), max([len(str(x)) for x in [2 ** 47, 2 ** 63, 2 ** 100]]))
