# Tests slice assignment including growing, shrinking and extended slices
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[3:3] = ["ins"]
print(a)
a[1:4] = []
print(a)
a[:] = [1, 2, 3]
print(a)
b = list(range(10))
b[::2] = ["e"] * 5
print(b)
b[1::2] = [10, 30, 50, 70, 90]
print(b)
b[::-3] = ["r", "s", "t", "u"]
print(b)
c = [1, 2, 3, 4, 5]
c[1:4] = "ab"
print(c)
c[-2:] = (7, 8, 9)
print(c)
d = [0, 1, 2, 3]
d[1:3] = d
print(d)
e = [1, 2, 3]
e[0:1] = [[1, 1]]
print(e)
f = [1, 2, 3, 4, 5, 6]
f[4:1:-1] = [40, 30, 20]
print(f)
g = [1, 2, 3]
g[5:10] = [9]
print(g)
g[-100:1] = [0]
print(g)
