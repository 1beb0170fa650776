# Perfect, abundant, deficient and amicable numbers via a divisor-sum sieve.

LIMIT = 20000
divsum = [0] * (LIMIT + 1)
for d in range(1, LIMIT // 2 + 1):
    for m in range(2 * d, LIMIT + 1, d):
        divsum[m] += d

perfect = [n for n in range(2, LIMIT + 1) if divsum[n] == n]
print("perfect numbers:", perfect)
abundant = [n for n in range(1, LIMIT + 1) if divsum[n] > n]
deficient = LIMIT - len(abundant) - len(perfect)
print("abundant count:", len(abundant), "first:", abundant[:10])
print("deficient count:", deficient)
print("first odd abundant:", [n for n in abundant if n % 2][0])

amicable = []
for a in range(2, LIMIT + 1):
    b = divsum[a]
    if a < b <= LIMIT and divsum[b] == a:
        amicable.append((a, b))
print("amicable pairs:", amicable)

# Euclid-Euler: 2^(p-1) (2^p - 1) for Mersenne primes
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def lucas_lehmer(p):
    if p == 2:
        return True
    m = 2 ** p - 1
    s = 4
    for _ in range(p - 2):
        s = (s * s - 2) % m
    return s == 0


mersenne = [p for p in range(2, 130) if is_prime(p) and lucas_lehmer(p)]
print("mersenne exponents:", mersenne)
for p in mersenne[:10]:
    print(f"p={p:3d} perfect={2 ** (p - 1) * (2 ** p - 1)}")
big = 2 ** (mersenne[-1] - 1) * (2 ** mersenne[-1] - 1)
print("largest found has", len(str(big)), "digits")

# sums of two abundant numbers (small version of Euler 23)
small = [a for a in abundant if a < 3000]
can = [False] * 3000
for i in range(len(small)):
    for j in range(i, len(small)):
        s = small[i] + small[j]
        if s >= 3000:
            break
        can[s] = True
print("not sum of two abundant below 3000:", sum(n for n in range(3000) if not can[n]))
