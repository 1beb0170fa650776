# Tests dict equality ignoring order, truthiness, dict() from zip, and None values
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1})
print(bool({}), bool({0: 0}), not {})
z = dict(zip(["k1", "k2", "k3"], [10, 20, 30]))
print(z)
print(dict(zip("abc", range(3))), dict(enumerate("xyz")))
n = {"none": None}
print(n.get("none"), n.get("none", "dflt"), "none" in n, n.get("missing", "dflt"))
print({1: 2} == {1: 2.0}, {1: [1]} == {1: [1]}, {} == {})
print(len({"a": 1, "a": 2}), {"a": 1, "a": 2})
d = {}
d[()] = "empty tuple"
d[""] = "empty str"
d[0] = "zero"
print(d)
print(sorted({3: 1, 1: 2, 2: 3}.items()))
