# Tests list-heavy algorithms: bubble sort, binary search, dedupe, rotate
def bubble(xs):
    xs = xs[:]
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
data = [29, 3, 17, 8, 42, 1, 15, 3, 0, -4]
print(bubble(data), data)
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
s = bubble(data)
print([bsearch(s, t) for t in [-4, 3, 42, 5, 100]])
def dedupe(xs):
    seen = []
    for x in xs:
        if x not in seen:
            seen.append(x)
    return seen
print(dedupe([3, 1, 3, 2, 1, 4, 2]))
def rotate(xs, k):
    k %= len(xs)
    return xs[-k:] + xs[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3, 4, 5], -1), rotate([1, 2, 3], 7))
def merge(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + a[i:] + b[j:]
print(merge([1, 4, 9], [2, 3, 10, 11]))
sieve = [True] * 50
sieve[0] = sieve[1] = False
for i in range(2, 8):
    if sieve[i]:
        sieve[i * i::i] = [False] * len(sieve[i * i::i])
print([i for i in range(50) if sieve[i]])
