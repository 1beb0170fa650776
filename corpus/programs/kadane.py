# Maximum subarray (Kadane), maximum 2-D submatrix, and stock-profit variants.

def kadane(a):
    best = a[0]
    best_range = (0, 0)
    cur = 0
    start = 0
    for i, x in enumerate(a):
        if cur <= 0:
            cur = x
            start = i
        else:
            cur += x
        if cur > best:
            best = cur
            best_range = (start, i)
    return best, best_range


def max_submatrix(m):
    rows, cols = len(m), len(m[0])
    best = None
    for top in range(rows):
        acc = [0] * cols
        for bottom in range(top, rows):
            for c in range(cols):
                acc[c] += m[bottom][c]
            s, (l, r) = kadane(acc)
            if best is None or s > best[0]:
                best = (s, top, bottom, l, r)
    return best


def max_profit_one(prices):
    lo = prices[0]
    best = 0
    for p in prices[1:]:
        best = max(best, p - lo)
        lo = min(lo, p)
    return best


def max_profit_many(prices):
    return sum(max(0, b - a) for a, b in zip(prices, prices[1:]))


for a in ([-2, 1, -3, 4, -1, 2, 1, -5, 4], [1, 2, 3], [-3, -1, -2], [5, -9, 6, -2, 3], [0, 0, -1, 0]):
    s, (i, j) = kadane(a)
    print(f"{a}: max {s} at [{i}..{j}] = {a[i:j + 1]}")

m = [
    [1, 2, -1, -4, -20],
    [-8, -3, 4, 2, 1],
    [3, 8, 10, 1, 3],
    [-4, -1, 1, 7, -6],
]
s, t, b, l, r = max_submatrix(m)
print(f"best submatrix sum {s}: rows {t}-{b}, cols {l}-{r}")
for row in m[t:b + 1]:
    print("  ", row[l:r + 1])

prices = [7, 1, 5, 3, 6, 4, 8, 2, 9, 1]
print("one transaction:", max_profit_one(prices))
print("many transactions:", max_profit_many(prices))
seed = 5
series = []
for _ in range(200):
    seed = (seed * 69069 + 1) % 4294967296
    series.append((seed >> 20) % 201 - 100)
s, (i, j) = kadane(series)
brute = max(sum(series[x:y + 1]) for x in range(len(series)) for y in range(x, len(series)))
print("random series:", s, (i, j), "brute force agrees:", s == brute)
