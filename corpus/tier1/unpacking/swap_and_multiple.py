# Tests tuple-packing assignment, swaps, rotation and chained assignment
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
x, y, z = z, x, y
print(x, y, z)
p = q = r = 0
p += 1
print(p, q, r)
l1 = l2 = []
l1.append(1)
print(l1, l2, l1 is l2)
i, j = 0, 1
for _ in range(10):
    i, j = j, i + j
print(i, j)
m, n = divmod(47, 5)
print(m, n)
(c, d) = [3, 4]
[e, f] = (5, 6)
print(c, d, e, f)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
k = 0
k, lst[k] = 1, "set"
print(k, lst)
d1 = {}
d1["a"], d1["b"] = 1, 2
print(d1)
