# Lexicographic ==/</> on lists, tuples and strings of varying lengths and element types, in loops.
seqs = [[], [1], [1, 2], [1, 2, 3], [1, 3], [2], [0, 9, 9], [1, 2.0], [1, 2, 2 ** 70]]
for a in seqs:
    print(a, [(a < b, a == b, a >= b) for b in seqs][:5])
tups = [(), (1,), (1, "a"), (1, "b"), (0, "z", 1), (1, "a", None)]
for a in tups:
    print(a, [a < b for b in tups], [a == b for b in tups])
strs = ["", "a", "A", "ab", "abc", "b", "Z", "zz", "é", "ä"]
for a in strs:
    print(repr(a), "".join("<" if a < b else ("=" if a == b else ">") for b in strs))


def sort_like(words):
    # insertion sort via comparisons in a compiled loop
    out = []
    for w in words:
        i = 0
        while i < len(out) and out[i] <= w:
            i += 1
        out.insert(i, w)
    return out


print(sort_like(["pear", "apple", "Fig", "apple", "banana", "", "zz", "Apple"]))
print(sort_like([(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0,)]))
print(sort_like([[3, 1], [3], [2, 9], [3, 0, 0]]))
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    print((1, 2) < [1, 2])
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] == [1, 2], (1, 2) == [1, 2], [1, [2, 3]] < [1, [2, 4]])
