# Tests del on list indices, slices, extended slices and names
a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[100:]
print(a)
del a[-2:]
print(a)
del a[:]
print(a, len(a))
b = [[1, 2, 3], [4, 5, 6]]
del b[0][1]
print(b)
del b[1][::-1]
print(b)
c = list(range(10))
del c[1::2]
print(c)
del c[::-2]
print(c)
x = 5
del x
x = 6
print(x)
