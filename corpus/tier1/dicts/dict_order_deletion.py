# Tests insertion order preservation, and order after deletion and reinsertion
d = {}
for k in ["one", "two", "three", "four", "five"]:
    d[k] = len(k)
print(list(d))
del d["two"]
print(list(d))
d["two"] = 3
print(list(d))
d["one"] = 99
print(d)
d.pop("four")
d["four"] = 4
print(d)
e = {3: "c", 1: "a", 2: "b"}
print(e, list(e.items()))
e[0] = "z"
del e[3]
e[3] = "c2"
print(e)
f = {}
for i in range(10):
    f[i] = i
for i in range(0, 10, 2):
    del f[i]
for i in range(0, 10, 3):
    f[i] = -i
print(f)
big = {}
for i in range(200):
    big[i * 7 % 200] = i
for i in range(0, 200, 3):
    del big[i]
print(list(big)[:15], len(big))
