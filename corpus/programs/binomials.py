# Binomial coefficients: Pascal rows, multiplicative formula, Catalan numbers.

def binom(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


def pascal_row(n):
    row = [1]
    for _ in range(n):
        row = [a + b for a, b in zip([0] + row, row + [0])]
    return row


def catalan(n):
    return binom(2 * n, n) // (n + 1)


for n in range(11):
    print(" ".join(str(binom(n, k)) for k in range(n + 1)).center(60).rstrip())

print("C(100, 50) =", binom(100, 50))
print("C(200, 100) =", binom(200, 100))
print("row 30 == pascal:", pascal_row(30) == [binom(30, k) for k in range(31)])
print("sum row 64 == 2**64:", sum(pascal_row(64)) == 2 ** 64)
print("catalan:", [catalan(n) for n in range(15)])
print("catalan(100) =", catalan(100))

# central binomial: count digits and trailing zeros in base 2
for n in (10, 100, 1000):
    c = binom(2 * n, n)
    tz = 0
    while c % 2 == 0:
        c //= 2
        tz += 1
    print(f"C({2 * n},{n}) has {len(str(binom(2 * n, n)))} digits, 2-adic valuation {tz}")

# Lucas' theorem check mod 7
ok = True
for n in range(50):
    for k in range(n + 1):
        a, b, prod = n, k, 1
        while a or b:
            prod = prod * binom(a % 7, b % 7) % 7
            a //= 7
            b //= 7
        if prod != binom(n, k) % 7:
            ok = False
print("lucas mod 7 ok:", ok)
print("odd entries in first 32 rows:", sum(1 for n in range(32) for k in range(n + 1) if binom(n, k) % 2))
