# Dict get/set/in with small-int and str keys in hot loops (a helper that cannot run
# Python code), mixed with keys that need the interpreter: True/1 and 1.0/1 are the
# same key, instances with their own __eq__ and __hash__, unhashable keys, missing keys.


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return self.k == (other.k if isinstance(other, Key) else other)


def fill(n):
    d = {}
    for i in range(n):
        d[i % 17] = d.get(i % 17, 0) + i
        d["k" + str(i % 5)] = i
    return d


def lookups(d, keys):
    total = 0
    misses = 0
    for k in keys:
        if k in d:
            total += d[k] if isinstance(d[k], int) else 1
        else:
            misses += 1
        try:
            total += d[k] * 0 + 1
        except KeyError:
            misses += 100
        except TypeError:
            misses += 10000
    return total, misses


for rnd in range(3):
    d = fill(300 + rnd)
    print(sorted((k, v) for k, v in d.items() if isinstance(k, int)))
    print(sorted((k, v) for k, v in d.items() if isinstance(k, str)))
    print(lookups(d, [0, 1, 5, 16, 17, "k0", "k4", "k9", -1]))
    d[True] = "t"
    d[2.0] = "f"
    print(d[1], d[2], 1 in d, 2.0 in d, True in d, 3.0 in d)
    d[Key(3)] = "instance"
    print(d[3], d.get(3), 3 in d, Key(3) in d)
    print(lookups(d, [3, 4, "k1", Key(4), 2.0, (1, 2)]))
    try:
        print([1] in d)
    except TypeError as e:
        print("TypeError:", e)

counts = {}
words = ["a", "bb", "a", "ccc", "bb", "a", "é", "é"]
for rep in range(200):
    for w in words:
        counts[w] = counts.get(w, 0) + 1
for rep in range(50):
    for w in words:
        counts[w] += 1
print(sorted(counts.items()))
squares = {}
for i in range(2000):
    squares[i] = i * i % 1009
hits = 0
for i in range(0, 4000, 3):
    if i in squares:
        hits += squares[i]
    if i not in squares:
        hits -= 1
print(hits, len(squares))
