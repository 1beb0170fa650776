# Tests hash() consistency for equal strs/tuples/ints (only comparisons of hashes)
a = "hello"
b = "hel" + "lo"
print(hash(a) == hash(b), hash("") == hash(""), hash("x") == hash("x"))
print(hash((1, "a")) == hash((1, "a")), hash((1, 2, 3)) == hash(tuple([1, 2, 3])))
print(hash(5), hash(-5), hash(2 ** 20), hash(False), hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 64))
print(hash(7) == hash(3 + 4), hash(123456) == hash(123456))
words = ["ab", "ba", "ab"]
print(hash(words[0]) == hash(words[2]))
d = {}
d["ab"] = 1
d["a" + "b"] += 1
print(d)
words = ["apple", "pear", "apple", "fig", "pear", "apple"]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
key = ("x", 1)
d2 = {key: "tuple-key"}
print(d2[("x", 1)], d2[tuple(["x", 1])])
print(hash("abc") == hash("".join(["a", "b", "c"])))
