# 0/1 knapsack and unbounded knapsack with reconstruction.

items = [
    ("map", 9, 150), ("compass", 13, 35), ("water", 153, 200),
    ("sandwich", 50, 160), ("glucose", 15, 60), ("tin", 68, 45),
    ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30),
    ("beer", 52, 10), ("suntan cream", 11, 70), ("camera", 32, 30),
    ("t-shirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40),
    ("waterproof trousers", 42, 70), ("waterproof overclothes", 43, 75),
    ("note-case", 22, 80), ("sunglasses", 7, 20), ("towel", 18, 12),
    ("socks", 4, 50), ("book", 30, 10),
]


def knapsack01(items, capacity):
    n = len(items)
    table = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        name, w, v = items[i - 1]
        prev = table[i - 1]
        cur = table[i]
        for c in range(capacity + 1):
            best = prev[c]
            if w <= c and prev[c - w] + v > best:
                best = prev[c - w] + v
            cur[c] = best
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if table[i][c] != table[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    chosen.reverse()
    return table[n][capacity], chosen


def unbounded(weights, values, capacity):
    best = [0] * (capacity + 1)
    pick = [-1] * (capacity + 1)
    for c in range(1, capacity + 1):
        for i in range(len(weights)):
            if weights[i] <= c and best[c - weights[i]] + values[i] > best[c]:
                best[c] = best[c - weights[i]] + values[i]
                pick[c] = i
    counts = [0] * len(weights)
    c = capacity
    while c > 0 and pick[c] != -1:
        counts[pick[c]] += 1
        c -= weights[pick[c]]
    return best[capacity], counts


value, chosen = knapsack01(items, 400)
print("best value:", value)
total_w = 0
for name in chosen:
    for it in items:
        if it[0] == name:
            total_w += it[1]
            print(f"  {name:<24}{it[1]:>5}{it[2]:>5}")
print("total weight:", total_w)

for cap in (50, 100, 200, 300):
    v, ch = knapsack01(items, cap)
    print(f"capacity {cap}: value {v} with {len(ch)} items")

v, counts = unbounded([5, 7, 11, 13], [8, 12, 20, 23], 97)
print("unbounded:", v, counts)
