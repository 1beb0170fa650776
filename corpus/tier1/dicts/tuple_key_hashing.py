# Tuple keys: hashing stops at the first unhashable item (a later item's __hash__ is
# never called), nested tuples, equal keys built from different str objects, and
# strs whose cached hashes differ or are not computed yet.


class Loud:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hashing Loud", self.n)
        return self.n

    def __eq__(self, other):
        return isinstance(other, Loud) and other.n == self.n


d = {}
try:
    d[(1, [2], Loud(3))] = "x"
except TypeError as e:
    print("TypeError:", e)
d[(1, Loud(4))] = "four"
print(d[(1, Loud(4))])
try:
    hash(((1, 2), (3, {})))
except TypeError as e:
    print("TypeError:", e)

words = "ka ra it py ka ra th on".split()
pairs = {}
for a, b in zip(words, words[1:]):
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
again = ("k" + "a", "r" + "a")
print(pairs[again], len(pairs), sorted(pairs.items())[:3])
print(hash((1, 2)) == hash((1, 2)), hash(("a", ("b", 3))) == hash(("a", ("b", 3))))
fresh = "".join(["o", "n"])
print({("th", "on"): 1}.get(("th", fresh)), {fresh: 2}.get("on"), ("no",) in {("on",): 0})
