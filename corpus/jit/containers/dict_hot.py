# dict get/set/setdefault/pop/update/in in hot loops with int, str, tuple, float and big-int keys.
def counter(words):
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    return c


text = ("the cat sat on the mat and the dog sat on the log " * 60).split()
c = counter(text)
print(sorted(c.items()), len(c))
d = {}
for i in range(2000):
    d[i % 37] = d.get(i % 37, 0) + i
print(sum(d.values()), d[0], d[36], len(d))
keys = [1, 1.0, True, 2 ** 47, 2 ** 47 + 0.0, 2 ** 80, (1, 2), (1, (2, 3)), "1", -0.0, 0]
m = {}
for i, k in enumerate(keys):
    m[k] = i
print(m)
print(m[1], m[2 ** 47], m[0.0], m.get((1, 2)), m.get("nope", "dflt"), (1, 2) in m, 2 ** 80 + 1 in m)
groups = {}
for i in range(100):
    groups.setdefault(i % 4, []).append(i)
print({k: v[:3] for k, v in groups.items()})
print(groups.pop(2)[:3], groups.pop(99, "none"), list(groups))
upd = {"a": 1}
upd.update({"b": 2, "a": 3})
upd.update(c=4)
print(upd, upd.copy() == upd, list(upd.items())[0])
upd.clear()
print(upd)
try:
    print({}["missing"])
except KeyError as e:
    print("KeyError:", e)
try:
    print({(1, 2): 1}[(2, 1)])
except KeyError as e:
    print("KeyError:", e)
try:
    {}.pop(3)
except KeyError as e:
    print("KeyError:", e)


def memo_grid(n):
    cache = {}
    for i in range(n):
        for j in range(n):
            k = (i, j)
            if i == 0 or j == 0:
                cache[k] = 1
            else:
                cache[k] = (cache[(i - 1, j)] + cache[(i, j - 1)]) % 1000007
    return cache[(n - 1, n - 1)], len(cache)


print(memo_grid(40))
