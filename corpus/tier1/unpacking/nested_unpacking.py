# Tests nested tuple/list unpacking in assignments and for loops
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[x, [y, z]] = ["x", ("y", "z")]
print(x, y, z)
(p, q), (r, s) = "ab", "cd"
print(p, q, r, s)
data = [(1, ("one", 1.0)), (2, ("two", 2.0))]
for n, (word, f) in data:
    print(n, word, f)
points = [((0, 0), "origin"), ((1, 2), "p")]
for (px, py), label in points:
    print(label, px + py)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
((deep,),) = ((42,),)
print(deep)
