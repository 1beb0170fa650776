# Tests dict pop (with default), setdefault, and del
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)
print(d.pop("zz", "dflt"), d.pop("zz", None), d)
print(d.setdefault("a", 100), d)
print(d.setdefault("d", 4), d)
print(d.setdefault("e"), d)
del d["a"]
print(d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
x = {1: "a", 2: "b"}
v = x.pop(1)
x[1] = v
print(x)
stack = {"k": [1, 2]}
stack.setdefault("k", []).append(3)
print(stack)
