# Tests list extend, remove, index, count
a = [1, 2, 3]
a.extend([4, 5])
print(a)
a.extend((6,))
a.extend("xy")
a.extend(range(2))
print(a)
a.extend([])
print(len(a))
b = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(b.count(5), b.count(1), b.count(7), b.count("5"))
print(b.index(1), b.index(5), b.index(5, 5), b.index(3, 1), b.index(9, 0, 6))
b.remove(1)
print(b)
b.remove(5)
print(b)
b.remove(3)
print(b)
c = [[1], [2], [1]]
print(c.count([1]), c.index([2]))
c.remove([1])
print(c)
d = [1, 1.0, True]
print(d.count(1), d.index(True))
e = []
e.extend(e)
print(e)
f = [1, 2]
f.extend(f)
print(f)
print([0.5, "a", None].index(None), [None, None].count(None))
