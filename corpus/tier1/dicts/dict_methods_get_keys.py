# Tests dict get, keys, values, items including views reflecting mutation
d = {"x": 1, "y": 2, "z": 3}
print(d.get("x"), d.get("w"), d.get("w", 0), d.get("y", 99))
ks = d.keys()
vs = d.values()
its = d.items()
print(list(ks), list(vs), list(its))
d["new"] = 4
print(list(ks), list(vs), len(its))
print("x" in ks, 4 in vs, ("y", 2) in its, ("y", 3) in its)
for k in d.keys():
    print(k, end=" ")
print()
for v in d.values():
    print(v, end=" ")
print()
for k, v in d.items():
    print(k + "=" + str(v), end=";")
print()
print(sorted(d.values()), sum(d.values()), max(d.keys()))
print(d.keys(), d.values(), d.items())
print(list(zip(d.keys(), d.values())) == list(d.items()))
e = {}
print(list(e.keys()), list(e.items()), e.get(1))
