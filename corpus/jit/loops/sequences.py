# for over lists, tuples and strings (incl. nested, empty, mixed-type) with accumulation in compiled loops.
def over_list(xs):
    total = 0
    count = 0
    for x in xs:
        total += x
        count += 1
    return total, count


print(over_list([1, 2, 3]))
print(over_list([1, 2.5, True, 2 ** 70]))
print(over_list([]))
print(over_list(list(range(2000))))


def over_tuple(t):
    out = []
    for a, b in t:
        out.append(a * b)
    return out


print(over_tuple(((1, 2), (3, 4), ("x", 3), ([0], 2), (2.5, 2))))


def over_str(s):
    counts = {}
    order = []
    for ch in s:
        if ch not in counts:
            counts[ch] = 0
            order.append(ch)
        counts[ch] += 1
    return [(c, counts[c]) for c in order]


print(over_str("mississippi"))
print(over_str("héllo wörld ✓✓"))
print(over_str(""))


def nested(grid):
    rows = []
    for row in grid:
        s = 0
        for v in row:
            s += v
        rows.append(s)
    cols = []
    for j in range(len(grid[0])):
        s = 0
        for row in grid:
            s += row[j]
        cols.append(s)
    return rows, cols


grid = [[i * 10 + j for j in range(8)] for i in range(6)]
print(nested(grid))
word_lens = []
for w in "the quick brown fox jumps".split():
    word_lens.append((w, len(w)))
print(word_lens, w)
