# for over dicts: keys, values, items, dict order after deletes/re-inserts, and in-loop lookups.
def build(n):
    d = {}
    for i in range(n):
        d[i * 3 % 17] = i
    return d


d = build(40)
print(d)
ks = []
for k in d:
    ks.append(k)
print(ks)
vs = 0
for v in d.values():
    vs += v
print(vs)
for k, v in d.items():
    if k % 5 == 0:
        print(k, v, d[k] == v)
del d[0]
del d[9]
d[0] = "back"
print(list(d.keys()), list(d.values())[-3:])


def invert(m):
    out = {}
    for k, v in m.items():
        out.setdefault(v % 4, []).append(k)
    return out


print(invert(build(30)))
words = {"apple": 3, "kiwi": 1, "banana": 6, "fig": 2}
tot = 0
longest = ""
for name, qty in words.items():
    tot += qty * len(name)
    if len(name) > len(longest):
        longest = name
print(tot, longest)
for k in list(words):
    if words[k] < 3:
        del words[k]
print(words, len(words))
nested = {"a": {"x": 1, "y": 2}, "b": {}, "c": {"z": 3}}
for outer, inner in nested.items():
    for ik, iv in inner.items():
        print(outer, ik, iv)
big = {}
for i in range(1500):
    big[str(i)] = i
s = 0
for k, v in big.items():
    s += int(k) - v + 1
print(s, len(big))
