# Tests int arithmetic in algorithms: gcd, primes, digit sums, collatz
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
primes = []
n = 2
while len(primes) < 25:
    is_p = True
    d = 2
    while d * d <= n:
        if n % d == 0:
            is_p = False
            break
        d += 1
    if is_p:
        primes.append(n)
    n += 1
print(primes)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(i) for i in range(1, 20)])
print(collatz(27), collatz(97))
def digsum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s
print(digsum(2 ** 100), digsum(12345), digsum(0))
def lcm(a, b):
    return a * b // gcd(a, b)
r = 1
for i in range(1, 31):
    r = lcm(r, i)
print(r)
