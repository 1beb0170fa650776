# Digits of e and sqrt(2) with big integers.

def e_digits(n):
    # sum 1/k! scaled by 10**(n+10)
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)


def isqrt(n):
    if n == 0:
        return 0
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def sqrt_digits(m, n):
    return str(isqrt(m * 10 ** (2 * n)))


def spigot_e(n):
    # classic spigot: e = 2 + 1/2(1 + 1/3(1 + 1/4(...)))
    size = n + 10
    a = [1] * size
    out = "2."
    for _ in range(n):
        carry = 0
        for i in range(size - 1, -1, -1):
            x = a[i] * 10 + carry
            a[i] = x % (i + 2)
            carry = x // (i + 2)
        out += str(carry)
    return out


d = e_digits(200)
print("e =", d[0] + "." + d[1:101])
print("   ", d[101:201])
print("spigot:", spigot_e(60))
print("spigot agrees:", spigot_e(100)[2:] == d[1:101])
r2 = sqrt_digits(2, 100)
print("sqrt(2) =", r2[0] + "." + r2[1:])
r3 = sqrt_digits(3, 60)
print("sqrt(3) =", r3[0] + "." + r3[1:])
print("isqrt checks:", [isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 10 ** 20, 10 ** 21)])
counts = [0] * 10
for ch in d[:200]:
    counts[int(ch)] += 1
print("digit counts in first 200 digits of e:", counts)
golden = isqrt(5 * 10 ** 100) + 10 ** 50
print("phi =", str(golden // 2)[0] + "." + str(golden // 2)[1:])
