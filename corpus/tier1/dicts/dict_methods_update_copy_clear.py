# Tests dict update (dict and pairs), copy (shallow) and clear
d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)
d.update([("d", 4), ("a", 100)])
print(d)
d.update({"e": 5, "a": 0})
print(d)
d.update({})
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c is d, c == d)
m = {"list": [1]}
mc = m.copy()
mc["list"].append(2)
print(m, mc)
d.clear()
print(d, len(d), c)
alias = c
alias.clear()
print(c)
x = dict([("a", 1), ("b", 2)])
print(x)
