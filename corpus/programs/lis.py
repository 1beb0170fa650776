# Longest increasing subsequence: O(n^2) DP, patience sorting O(n log n), and reconstruction.

def lis_dp(a):
    if not a:
        return []
    n = len(a)
    length = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if a[j] < a[i] and length[j] + 1 > length[i]:
                length[i] = length[j] + 1
                prev[i] = j
    best = 0
    for i in range(n):
        if length[i] > length[best]:
            best = i
    seq = []
    i = best
    while i != -1:
        seq.append(a[i])
        i = prev[i]
    return seq[::-1]


def lis_patience(a):
    tails = []
    tail_idx = []
    parent = [-1] * len(a)
    for i, x in enumerate(a):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo > 0:
            parent[i] = tail_idx[lo - 1]
        if lo == len(tails):
            tails.append(x)
            tail_idx.append(i)
        else:
            tails[lo] = x
            tail_idx[lo] = i
    seq = []
    i = tail_idx[-1] if tail_idx else -1
    while i != -1:
        seq.append(a[i])
        i = parent[i]
    return seq[::-1]


def longest_decreasing(a):
    return [-x for x in lis_patience([-x for x in a])]


tests = [
    [10, 9, 2, 5, 3, 7, 101, 18],
    [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15],
    [3, 2, 1],
    [1, 2, 3, 4],
    [],
    [5, 5, 5, 5],
]
for t in tests:
    a = lis_dp(t)
    b = lis_patience(t)
    print(f"{t}: dp={a} patience={b} len_equal={len(a) == len(b)}")

seed = 11
data = []
for _ in range(400):
    seed = (seed * 1664525 + 1013904223) % 4294967296
    data.append(seed % 1000)
a = lis_patience(data)
print("random 400: lis length", len(a), "dp length", len(lis_dp(data)))
print("increasing:", all(x < y for x, y in zip(a, a[1:])))
d = longest_decreasing(data)
print("lds length", len(d), "first few", d[:6])
print("Erdos-Szekeres bound holds:", len(a) * len(d) >= len(data))
