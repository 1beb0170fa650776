# repr of containers that hold themselves through a tuple or a dict view: CPython's
# placeholders (...) and ... for the object already being printed.
t = ([],)
t[0].append(t)
print(t)
print(t[0])
d = {}
d["v"] = d.values()
print(d)
e = {}
e[1] = e.items()
print(e)
f = {}
f["k"] = f.keys()
print(f, f.keys())
u = ((), [()], (1,))
print(u, repr(()), [t, t])
a = [1]
b = (a, a)
a.append(b)
print(a, b)
