# dict has no append.
d = {"a": 1}
d["b"] = 2
print(d)
d.append(("c", 3))
