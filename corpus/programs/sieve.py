# Sieve of Eratosthenes and some statistics about primes.

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i in range(limit + 1) if is_prime[i]]


def segmented_count(primes, lo, hi):
    # count primes in [lo, hi) using the small primes list
    flags = [True] * (hi - lo)
    for p in primes:
        if p * p >= hi:
            break
        start = max(p * p, ((lo + p - 1) // p) * p)
        for m in range(start, hi, p):
            flags[m - lo] = False
    count = 0
    for i in range(hi - lo):
        if flags[i] and lo + i >= 2:
            count += 1
    return count


primes = sieve(10000)
print("primes below 100:", primes[:25])
print("count below 10000:", len(primes))
print("largest below 10000:", primes[-1])
print("sum of primes below 10000:", sum(primes))

gaps = {}
for a, b in zip(primes, primes[1:]):
    g = b - a
    gaps[g] = gaps.get(g, 0) + 1
for g in sorted(gaps):
    print(f"gap {g:3d}: {gaps[g]:5d}")

twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print("twin pairs:", len(twins), "last:", twins[-1])

for lo in range(10000, 15000, 1000):
    print(f"primes in [{lo}, {lo + 1000}):", segmented_count(primes, lo, lo + 1000))

# digits distribution of last digit
last = [0] * 10
for p in primes:
    last[p % 10] += 1
print("last digits:", last)
