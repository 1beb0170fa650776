# Tests set comparison operators (subset/superset) and equality
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == b, a != b)
print(b < a, {3} < b, set() < a, set() <= set(), {4} <= b)
print({1, 2} == {2, 1}, {1, 2} > {1}, {1, 2} > {3})
print(sorted([{3}, {1}, {2}], key=min))
print(set() == set(), set([1]) == {1})
p = {1, 2, 3}
q = {2, 3}
r = {4}
print(q < p, q <= p, p >= q, p > q, r < p, r <= p, p == {3, 2, 1})
print(set() == set([]), {1, 2} == {1, 2.0}, {0} == {False}, {1} != {True})
print(p - q < p, p & q == q, p | q == p, (p ^ q) <= p)
print([s <= p for s in [set(), {1}, {1, 4}, {1, 2, 3}, {0, 1, 2, 3}]])
print([s < p for s in [set(), {1}, {1, 2, 3}]], [s >= q for s in [p, q, r]])
print(sorted([{3, 4}, {1}, {2, 5}], key=len), sorted([len(s) for s in [p, q, r]]))
