# Benchmark: dict-heavy work -- word counting with str keys, int-keyed tables, dict of lists.
# krait-args: 3000
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 680000

SYLLABLES = ["ka", "ra", "it", "py", "th", "on", "vm", "ji", "te", "st", "er", "al", "go", "ne", "mo", "lu"]


def make_words(count, seed):
    words = []
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + seed % 3
        w = ""
        s = seed >> 4
        for _ in range(k):
            w += SYLLABLES[s % 16]
            s >>= 4
        words.append(w)
    return words


words = make_words(n, 7)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)

squares = {}
for i in range(n):
    squares[i] = i * i % 1009
hits = 0
for i in range(0, n * 2, 3):
    if i in squares:
        hits += squares[i]

index = {}
for pos, w in enumerate(words):
    index.setdefault(w[:2], []).append(pos)

pairs = {}
for a, b in zip(words, words[1:]):
    key = (a, b)
    pairs[key] = pairs.get(key, 0) + 1


def by_count(item):
    return (-item[1], item[0])


top = sorted(counts.items(), key=by_count)[:5]
print("distinct:", len(counts))
print("top:", top)
print("lengths:", sorted((k, len(v)) for k, v in by_len.items()))
print("int hits:", hits)
print("prefixes:", len(index), max(len(v) for v in index.values()))
print("pairs:", len(pairs), max(pairs.values()))
for w in list(counts)[:1000]:
    del counts[w]
print("after delete:", len(counts))
