# Tests is / is not with None, True, False and object identity of containers
x = None
z = 0
e = ""
print(x is None, x is not None, None is None, z is None, e is not None)
def maybe(v):
    if v > 0:
        return v
result = maybe(-1)
print(result is None, maybe(3) is None, maybe(3) is not None)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(True is True, False is not True, (1 == 1) is True, bool(0) is False)
d = {}
print(d.get("missing") is None, [].copy() is not None)
t = ()
items = [None, 0, False, "", [], None]
print([i for i, v in enumerate(items) if v is None])
print(sum(1 for v in items if v is not None))
n = None
print(n == None, n != None, not n)
def f():
    pass
print(f() is None, print("side") is None)
