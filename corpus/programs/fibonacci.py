# Fibonacci numbers many ways: iterative, memoised, fast doubling, big values.

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


memo = {0: 0, 1: 1}


def fib_memo(n):
    if n in memo:
        return memo[n]
    v = fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = v
    return v


def fib_doubling(n):
    if n == 0:
        return (0, 1)
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)


def fib_naive(n):
    if n < 2:
        return n
    return fib_naive(n - 1) + fib_naive(n - 2)


print([fib_iter(i) for i in range(20)])
print("naive fib(20):", fib_naive(20))
print("fib(100) =", fib_iter(100))
print("memo fib(300) =", fib_memo(300))
print("doubling fib(1000) =", fib_doubling(1000)[0])
print("agree:", fib_doubling(1000)[0] == fib_iter(1000))

big = fib_doubling(10000)[0]
s = str(big)
print("fib(10000) has", len(s), "digits; starts", s[:20], "ends", s[-20:])

# first Fibonacci number with n digits
target = 100
a, b, i = 0, 1, 0
while len(str(a)) < target:
    a, b = b, a + b
    i += 1
print(f"first fib with {target} digits is fib({i})")

# Pisano periods
for m in (2, 3, 5, 7, 10, 11, 100):
    a, b = 0, 1
    period = 0
    while True:
        a, b = b, (a + b) % m
        period += 1
        if a == 0 and b == 1:
            break
    print(f"pisano({m}) = {period}")

# even fib sum below 4 million
total = 0
a, b = 1, 2
while a < 4000000:
    if a % 2 == 0:
        total += a
    a, b = b, a + b
print("even sum:", total)
ratio = fib_iter(41) / fib_iter(40)
print("ratio:", ratio, "golden:", (1 + 5 ** 0.5) / 2)
