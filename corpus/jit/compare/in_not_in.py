# in / not in on list, tuple, dict, str, set and range with many element types inside hot loops.
lst = [1, 2.5, "a", None, (1, 2), 2 ** 70, True, [3]]
tup = tuple(lst)
dct = {1: "one", "a": 2, (1, 2): 3, 2 ** 70: 4, None: 5}
st = {1, 2, 3, 100, 2 ** 50}
s = "hello world"
probes = [1, 1.0, 2.5, "a", "b", None, (1, 2), [3], 2 ** 70, 2 ** 70 + 1, 0, False, True, 3, 100.0]
for p in probes:
    try:
        in_d = p in dct
    except TypeError as e:
        in_d = "TypeError: " + str(e)
    print(repr(p), p in lst, p in tup, in_d, p not in lst)
for p in [1, 2, 3, 4, 100, 2 ** 50, 2 ** 50 + 1, True, 3.0, -1]:
    print(p, p in st, p not in st, p in range(0, 200, 3), p not in range(-5, 5))
for sub in ["", "h", "lo w", "world", "World", "xyz", "d", "hello world!", " "]:
    print(repr(sub), sub in s, sub not in s)


def hot(n):
    seen = []
    table = {}
    hits = 0
    for i in range(n):
        k = (i * 7) % 50
        if k in table:
            hits += 1
        else:
            table[k] = i
        if k not in seen:
            seen.append(k)
        if str(k) in "0123456789":
            hits += 100
    return hits, len(seen), len(table), seen[:10]


print(hot(1000))
try:
    print([1] in st)
except TypeError as e:
    print("TypeError:", e)
try:
    print(3 in "abc")
except TypeError as e:
    print("TypeError:", e)
try:
    print(3 in 5)
except TypeError as e:
    print("TypeError:", e)
