# Tests common dict iteration patterns: counting, inverting, grouping, sorting by value
text = "it was the best of times it was the worst of times"
freq = {}
for w in text.split():
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(freq)
def by_count(item):
    return (-item[1], item[0])
print(sorted(freq.items(), key=by_count))
inv = {}
for k, v in freq.items():
    inv.setdefault(v, []).append(k)
print(inv)
print({v: k for k, v in {"a": 1, "b": 2}.items()})
squares = {n: n * n for n in range(6)}
print(squares, sum(squares.values()))
for k in sorted(squares, reverse=True)[:3]:
    print(k, squares[k])
def freq_of(w):
    return freq[w]
print(max(freq, key=freq_of), min(freq.values()))
filtered = {k: v for k, v in freq.items() if v > 1}
print(filtered)
merged = dict(freq)
merged.update({"best": 100, "new": 0})
print(len(merged), merged["best"], merged["new"])
