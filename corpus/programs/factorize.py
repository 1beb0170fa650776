# Prime factorisation by trial division and Pollard rho (deterministic seeds).

def trial(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors.append(n)
    return factors


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        composite = True
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                composite = False
                break
        if composite:
            return False
    return True


def rho(n, c):
    x = 2
    y = 2
    d = 1
    while d == 1:
        x = (x * x + c) % n
        y = (y * y + c) % n
        y = (y * y + c) % n
        d = gcd(abs(x - y), n)
    return d


def factor(n):
    if n == 1:
        return []
    if is_probable_prime(n):
        return [n]
    for p in (2, 3, 5, 7, 11, 13):
        if n % p == 0:
            return [p] + factor(n // p)
    c = 1
    while True:
        d = rho(n, c)
        if d != n:
            return sorted(factor(d) + factor(n // d))
        c += 1


def pretty(factors):
    counts = {}
    for f in factors:
        counts[f] = counts.get(f, 0) + 1
    parts = []
    for p in sorted(counts):
        parts.append(str(p) if counts[p] == 1 else f"{p}^{counts[p]}")
    return " * ".join(parts)


for n in (2, 12, 97, 360, 1001, 65536, 999999, 123456789, 600851475143, 2 ** 32 + 1):
    f = trial(n)
    print(f"{n} = {pretty(f)}")

for n in (10 ** 18 + 9, 2 ** 61 - 1, 1000000016000000063, 2 ** 64 + 1, 3 ** 40 - 1):
    f = factor(n)
    prod = 1
    for x in f:
        prod *= x
    print(f"{n} = {pretty(f)}  check={prod == n}")

def num_divisors(n):
    counts = {}
    for f in trial(n):
        counts[f] = counts.get(f, 0) + 1
    total = 1
    for e in counts.values():
        total *= e + 1
    return total


best = max(range(1, 5001), key=num_divisors)
print("most divisors below 5001:", best, num_divisors(best))
