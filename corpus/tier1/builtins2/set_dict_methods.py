# set methods with sets, dicts, lists and generators as arguments (CPython's set order), dict methods
a = set([5, 1, 9, 33, 17, 2])
b = set([2, 9, 100, 65])
print(a.union(b), a.union([7, 8], (9, 10), {11: 0}), a.union(), a.union(a))
print(a.intersection(b), a.intersection([9, 1, 9, 5]), a.intersection(b, [2]), a.intersection())
print(a.difference(b), a.difference([1, 5]), a.difference({33: 0, 17: 1}), a.difference(b, [1]), a.difference())
print(a.symmetric_difference(b), a.symmetric_difference([1, 200, 300]), a.symmetric_difference(a))
print(a.issubset(a | b), a.issubset([1, 2]), a.issuperset([1, 2]), a.issuperset(b), a.isdisjoint([100]), a.isdisjoint(x for x in [1]))
c = set(range(20))
c.difference_update(range(0, 20, 3), [1])
print(c)
c.intersection_update(range(10), {2, 4, 5, 7, 8})
print(c)
c.symmetric_difference_update([5, 6, 6])
print(c)
c.symmetric_difference_update({"k": 1, 8: 2})
print(sorted(c, key=str))
c.update("ab", [1, 2], {3: 4})
print(len(c), 1 in c, "a" in c)
d = {3, 1, 2}
print(d.pop(), d, d.copy(), d.discard(99), d)
d.remove(2)
print(d)
try:
    d.remove(42)
except KeyError as e:
    print("KeyError", e)
d.clear()
try:
    d.pop()
except KeyError as e:
    print("KeyError", e)
s = set()
for w in "the quick brown fox jumps over the lazy dog".split():
    s.add(w)
print(sorted(s), len(s))
print(sorted(s.union(w.upper() for w in ["x", "y"])))

m = {"b": 2, "a": 1}
print(m.get("a"), m.get("z"), m.get("z", 0), m.setdefault("c", 3), m.setdefault("a", 99), m)
print(list(m.keys()), list(m.values()), list(m.items()), m.keys(), m.items())
print(m.pop("b"), m.pop("zz", "dflt"), m.popitem(), m)
m.update({"x": 1}, y=2)
m.update([("z", 3), ["w", 4]])
m.update(k=5)
print(m, m.copy() == m, m.copy() is m)
keys = m.keys()
m["new"] = 0
print(len(keys), "new" in keys, 5 in m.values(), ("k", 5) in m.items())
print({"q": 0}.fromkeys("abc"), {}.fromkeys([1, 2], 0))
m.clear()
print(m, len(keys))
for f in [lambda: {}.popitem(), lambda: {}.pop(1), lambda: {}.get(), lambda: {}.update(1, 2)]:
    try:
        f()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
