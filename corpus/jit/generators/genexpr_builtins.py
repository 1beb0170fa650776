# Generator expressions consumed by sum/min/max/any/all/sorted/list/dict/set/join, with short-circuiting.
print(sum(x * x for x in range(1000)), sum((x / 3 for x in range(100)), 0.5), sum(x for x in []))
print(min(x % 17 for x in range(50, 500)), max((x * 7) % 101 for x in range(300)), max(len(w) for w in "a bb ccc".split()))
print(any(x > 990 for x in range(1000)), all(x < 1000 for x in range(1000)), any(x for x in []), all(x for x in []))
evaluated = []


def probe(x):
    evaluated.append(x)
    return x


print(any(probe(x) > 3 for x in range(10)), evaluated)
evaluated.clear()
print(all(probe(x) < 2 for x in range(10)), evaluated)
print(sorted((x % 5, -x) for x in range(12))[:5], list(x for x in "abc"), "-".join(str(i) for i in range(5)))
print(dict((k, len(k)) for k in ["x", "yy"]), sorted(set(x % 4 for x in range(20))), tuple(i * 2 for i in range(3)))
g = (i * i for i in range(5))
print(next(g), next(g), list(g), list(g))
tot = 0
for n in range(200):
    tot += sum(i for i in range(n) if i % 3 == 0)
print(tot)
print(max((p for p in [(1, "b"), (3, "a"), (2, "c")]), key=lambda p: p[1]), min(range(5, 0, -1)))
nested = sum(sum(j for j in range(i)) for i in range(50))
print(nested, sum(1.5 for _ in range(10)), sum([True for _ in range(7)]))
