# Goldbach partitions, prime twins/cousins/sexy primes, and prime-counting comparisons.

LIMIT = 20000

is_p = [True] * (LIMIT + 1)
is_p[0] = is_p[1] = False
for i in range(2, int(LIMIT ** 0.5) + 1):
    if is_p[i]:
        is_p[i * i::i] = [False] * len(range(i * i, LIMIT + 1, i))
primes = [i for i in range(LIMIT + 1) if is_p[i]]


def partitions(n):
    out = []
    for p in primes:
        if p > n // 2:
            break
        if is_p[n - p]:
            out.append((p, n - p))
    return out


for n in (4, 28, 100, 1000, 9998, 10000):
    parts = partitions(n)
    print(f"{n}: {len(parts)} partitions, first {parts[:3]}, last {parts[-1]}")

print("all even numbers below 3000 have a partition:", all(partitions(n) for n in range(4, 3000, 2)))
counts = [len(partitions(n)) for n in range(4, 2001, 2)]
best = max(counts)
print("most partitions below 2001:", best, "at", 4 + 2 * counts.index(best))
for gap, name in ((2, "twin"), (4, "cousin"), (6, "sexy")):
    pairs = [(p, p + gap) for p in primes if p + gap <= LIMIT and is_p[p + gap]]
    print(f"{name} primes: {len(pairs)}, last {pairs[-1]}")

# pi(x) vs x/ln(x) approximated with a hand-made logarithm
def ln(x):
    # ln via repeated square roots: ln(x) = 2^k * ln(x^(1/2^k)) ~ 2^k * (y - 1 - (y-1)^2/2)
    k = 0
    y = x
    while y > 1.0001:
        y = y ** 0.5
        k += 1
    t = y - 1
    return (2 ** k) * (t - t * t / 2 + t * t * t / 3)


for x in (100, 1000, 10000, 20000):
    pi_x = sum(1 for p in primes if p <= x)
    est = x / ln(x)
    print(f"pi({x}) = {pi_x}, x/ln x = {est:.1f}, ratio {pi_x / est:.4f}")
