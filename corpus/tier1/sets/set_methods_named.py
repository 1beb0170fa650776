# Tests set union, intersection, difference methods with various iterables
a = {1, 2, 3, 4}
print(a.union({5}), a.union([6, 7], (0,)), a.union())
print(a.intersection({2, 4, 6}), a.intersection([3, 4, 5], {4}), a.intersection(range(2)))
print(a.difference({1}), a.difference([2, 3], (4,)), a.difference(set()))
print(a)
print(sorted(set("abc").union("cde")), sorted(set("hello").intersection("world")))
print(sorted(set("python").difference("typo")))
r = {5, 6}.union(range(3))
print(r, len(r))
b = {0, 1, 5}
print(a.union(b) == a | b, a.intersection(b) == a & b, a.difference(b) == a - b)
print(b.union(a, {7}), b.intersection(a, [1, 5]), b.difference(a, {0}))
empty = set()
print(empty.union(), empty.intersection({1}), empty.difference({1}), a.union(empty))
x = {1, 2}
y = x.union()
y.add(3)
print(x, y, x is y)
