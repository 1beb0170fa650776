# Benchmark: list-heavy work -- sieve, list building, indexing, slicing and sorting.
# krait-args: 20000
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 6500000


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for m in range(i * i, limit + 1, i):
                flags[m] = False
        i += 1
    return [k for k in range(limit + 1) if flags[k]]


def lcg_list(count, seed):
    out = []
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed % 100000)
    return out


def insertion_sort_chunks(data, width):
    out = []
    for start in range(0, len(data), width):
        chunk = data[start:start + width]
        for i in range(1, len(chunk)):
            key = chunk[i]
            j = i - 1
            while j >= 0 and chunk[j] > key:
                chunk[j + 1] = chunk[j]
                j -= 1
            chunk[j + 1] = key
        out.append(chunk)
    return out


primes = sieve(n)
print("primes:", len(primes), "last:", primes[-1])
data = lcg_list(n // 10, 42)
chunks = insertion_sort_chunks(data, 16)
merged = sorted(data)
print("sorted ok:", merged == sorted(x for c in chunks for x in c))
prefix = [0] * (len(merged) + 1)
for i in range(len(merged)):
    prefix[i + 1] = prefix[i] + merged[i]
rev = merged[::-1]
acc = 0
for i in range(0, len(rev), 3):
    acc += rev[i] - merged[i // 2]
print("prefix total:", prefix[-1], "acc:", acc)
print("checksum:", (sum(primes[::7]) + prefix[len(prefix) // 2] + acc) % 1000000007)
