# Arithmetic at the 2**63 and 2**64 boundaries (machine-word overflow) inside loops.
M = 9223372036854775807  # 2**63 - 1
m = -9223372036854775808


def around(x, n):
    out = []
    for d in range(-n, n + 1):
        out.append(x + d)
    return out


print(around(M, 3))
print(around(m, 3))
vals = [M, M + 1, m, m - 1, 2 ** 64 - 1, 2 ** 64, -(2 ** 64)]
for v in vals:
    print(v, v + 1, v - 1, v * 2, v * -1, v // 2, v % 1000, -v, v >> 1, v << 1, v & 0xFF, v | 1, v ^ M)


def acc(n):
    s = M - 100
    t = 0
    for i in range(n):
        s += 1
        t += s & 7
    return s, t, s - M


print(acc(200))


def mulwrap(n):
    x = 3037000499  # floor(sqrt(2**63))
    out = []
    for i in range(n):
        out.append(x * x)
        x += 1
    return out


print(mulwrap(4))
print(M * M, m * m, m * -1, m // -1, m % -1, divmod(m, -1), abs(m))
print(2 ** 63 // 3, -(2 ** 63) // 3, 2 ** 63 % -5, -(2 ** 63) % 5)
