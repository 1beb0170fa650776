# Tests set creation, dedup, len, membership and printing small int sets
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
print(set(), set([1, 1, 2]), set(range(5)), set((4, 4, 0)))
print(len(set("mississippi")), sorted(set("mississippi")))
e = set()
print(len(e), bool(e), bool({0}))
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, {1} == {1.0}, {True, 1} == {1})
print(len({1, 1.0, True}), len({0, False, 0.0}))
print(sorted({-5, 10, 0, 7, -1}))
t = set([1, 2, 3])
u = t
u.add(4)
print(t, u is t)
print(sum({1, 2, 3}), max({4, 9, 2}), min({4, 9, 2}))
print(sorted({(1, 2), (0, 5), (1, 2)}))
print({x % 3 for x in range(10)})
