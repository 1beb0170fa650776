# RecursionError: dicts that contain themselves compared with ==.
c = {}
c[1] = c
d = {}
d[1] = d
try:
    print(c == d)
except RecursionError as e:
    print(e)
x = {}
y = {}
for i in range(500):
    x = {"k": x}
    y = {"k": y}
print(x == y, x != y, [x].count(y), {1: x} == {1: y})
for i in range(1000):
    x = {"k": x}
    y = {"k": y}
try:
    print(x == y)
except RecursionError as e:
    print(e)
a = {}
b = {}
a[1] = b
b[1] = a
print(c in [d])
