# while loops with int, float, and compound conditions, counters modified in branches, and while/else.
def collatz(n):
    steps = 0
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
        steps += 1
    return steps, peak


for s in [1, 7, 27, 97, 871, 77031]:
    print(s, collatz(s))


def fsum(limit):
    x = 0.0
    k = 0
    while x < limit:
        x += 0.1
        k += 1
    return k, x


print(fsum(10), fsum(100.5))


def gcd_loop(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd_loop(1071, 462), gcd_loop(2 ** 80, 6 ** 40), gcd_loop(17, 0), gcd_loop(-48, 18))


def search(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            break
        i += 1
    else:
        return "not found", i
    return "found", i


print(search([4, 8, 15, 16, 23, 42], 23), search([4, 8], 5), search([], 1))


def compound(n):
    a, b = 0, n
    log = []
    while a < b and (a % 7 != 6 or b % 2 == 0):
        a += 2
        b -= 1
        if a % 5 == 0:
            log.append((a, b))
    return a, b, log


print(compound(100))
print(compound(1000))
i = 0
while True:
    i += 1
    if i > 2500:
        break
print(i)
