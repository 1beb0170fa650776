# Multiplication by literal factors, on either side and of either sign, across the
# 48-bit small-int boundary: compiled code multiplies by a factor below 2**16 without
# the overflow flag and checks the range of the product instead, so every product
# here crosses 2**47 (or -2**47) and comes back through a big int.
M = 2 ** 47


def grow(x, n):
    out = []
    for _ in range(n):
        x = 3 * x + 1
        out.append(x)
    return out


def scale(vals):
    out = []
    for v in vals:
        out.append((v * 2, v * -2, 7 * v, -7 * v, v * 65535, -65535 * v, v * 65536,
                    v * -65536, 65537 * v, v * 0, 0 * v, v * 1, -1 * v, v * -1))
    return out


def hot(n):
    acc = 0
    for i in range(-n, n):
        acc += i * 5 - 3 * i + (i * 40000) % 1000003
    return acc


print(grow(1, 40)[-3:])
print(grow(-(M // 3) - 5, 3))
print(grow(M // 3 - 1, 3))
vals = [0, 1, -1, 12345, -12345, M // 2, -(M // 2), M // 3, M // 65535, -(M // 65535) - 1,
        M // 65536, -(M // 65536), M - 1, -M, 2 ** 60, -(2 ** 60), True, False]
for _ in range(30):
    r = scale(vals)
for row in r:
    print(row)
print(hot(3000))
