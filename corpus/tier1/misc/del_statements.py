# Tests del of names, list items, dict keys and slices; rebinding after del
a = 1
b = [1, 2, 3, 4, 5]
c = {"x": 1, "y": 2, "z": 3}
del a
a = "rebound"
print(a)
del b[1]
print(b)
del b[-1], b[0]
print(b)
del c["y"]
print(c)
c["y"] = 22
print(c)
del b[:]
print(b)
m = [[1, 2], [3, 4]]
del m[0][0], m[1]
print(m)
d = {1: "a", 2: "b"}
for k in list(d):
    del d[k]
print(d, len(d))
def f():
    local = 1
    del local
    local = 2
    return local
print(f())
x, y = 1, 2
del x, y
x = 3
print(x)
