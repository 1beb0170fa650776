# Big integer factorials: exact values, digit sums, trailing zeros.

def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def factorial_rec(n):
    if n <= 1:
        return 1
    return n * factorial_rec(n - 1)


def trailing_zeros(n):
    count = 0
    p = 5
    while p <= n:
        count += n // p
        p *= 5
    return count


def digit_sum(n):
    return sum(int(d) for d in str(n))


for n in (0, 1, 5, 10, 20, 25, 30, 50):
    print(f"{n}! = {factorial(n)}")

f100 = factorial(100)
print("100! has", len(str(f100)), "digits")
print("digit sum of 100!:", digit_sum(f100))
print("trailing zeros of 100!:", trailing_zeros(100), len(str(f100)) - len(str(f100).rstrip("0")))
print("recursive agrees:", factorial_rec(200) == factorial(200))

f1000 = factorial(1000)
s = str(f1000)
print("1000! digits:", len(s), "first 30:", s[:30], "zeros:", trailing_zeros(1000))
print("1000! mod 10**9+7:", f1000 % (10 ** 9 + 7))
print("1000! // 999! =", f1000 // factorial(999))

# double factorial and subfactorial
def double_fact(n):
    r = 1
    while n > 1:
        r *= n
        n -= 2
    return r


def subfactorial(n):
    if n == 0:
        return 1
    if n == 1:
        return 0
    a, b = 1, 0
    for i in range(2, n + 1):
        a, b = b, (i - 1) * (a + b)
    return b


for n in range(0, 21, 4):
    print(f"{n}!! = {double_fact(n)}, !{n} = {subfactorial(n)}")

print("negative big:", -factorial(25), (-factorial(25)) // 7, (-factorial(25)) % 7)
print("big shifts:", factorial(30) >> 10, factorial(20) << 20, factorial(30) & 0xFFFF)
print("compare:", factorial(30) > 2 ** 100, factorial(30) == factorial(30))
print("pow mod:", pow(3, factorial(20), 1000000007))
