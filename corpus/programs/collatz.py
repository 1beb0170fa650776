# Collatz sequence statistics with a cache.

cache = {1: 0}


def steps(n):
    path = []
    while n not in cache:
        path.append(n)
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
    s = cache[n]
    for m in reversed(path):
        s += 1
        cache[m] = s
    return cache[path[0]] if path else s


def sequence(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq


print("sequence(27) length:", len(sequence(27)), "peak:", max(sequence(27)))
print("sequence(6):", sequence(6))
print("sequence(7):", " -> ".join(str(x) for x in sequence(7)))

LIMIT = 30000
best_n, best_s = 1, 0
hist = {}
for n in range(1, LIMIT):
    s = steps(n)
    if s > best_s:
        best_n, best_s = n, s
    bucket = s // 25 * 25
    hist[bucket] = hist.get(bucket, 0) + 1
print(f"longest below {LIMIT}: {best_n} with {best_s} steps")
for b in sorted(hist):
    print(f"{b:4d}-{b + 24:<4d} {hist[b]:6d} {'*' * (hist[b] // 250)}")

records = []
best = -1
for n in range(1, 2000):
    s = steps(n)
    if s > best:
        best = s
        records.append(n)
print("record setters:", records)
peaks = [(max(sequence(n)), n) for n in range(1, 1000)]
peaks.sort(reverse=True)
print("highest peaks:", peaks[:5])
print("cache size:", len(cache))
