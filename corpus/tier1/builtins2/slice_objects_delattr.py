# slice() objects: construction, attributes, indices(), use as a subscript; delattr.
s = slice(1, 8, 2)
print(s, slice(5), slice(None, -1), s.start, s.stop, s.step, slice(3).start)
data = list(range(10))
print(data[s], "abcdefghij"[slice(None, None, -3)], tuple(data)[slice(-3, None)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(6), slice(2, 1).indices(0))
data[slice(0, 3)] = ["x"]
print(data)


class Box:
    pass


b = Box()
b.x, b.y = 1, 2
delattr(b, "x")
print(hasattr(b, "x"), b.y)
for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1, 2, 0).indices(3),
            lambda: s.indices(-1), lambda: delattr(b, "x")]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(s.indices("3"))
