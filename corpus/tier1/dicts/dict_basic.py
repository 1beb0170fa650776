# Tests dict creation, lookup, assignment, len, in, and repr
d = {"a": 1, "b": 2}
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
d["c"] = 3
d["a"] = 10
print(d)
e = {}
print(e, len(e), {} == dict())
print(dict([("x", 1), ("y", 2)]), dict(d), dict({1: 2}))
print({1: "one", 2.5: "float", None: "none", (1, 2): "tuple", True: "bool?"})
print({"k": [1, 2], "n": {"inner": 0}})
print(d == {"c": 3, "b": 2, "a": 10}, d != {"a": 10})
nested = {"outer": {"inner": {"deep": 42}}}
print(nested["outer"]["inner"]["deep"])
nested["outer"]["inner"]["deep"] += 1
print(nested)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(list(d), sorted(d), len({i: i for i in range(100)}))
print(repr({"q": "it's"}), str({0: ""}))
