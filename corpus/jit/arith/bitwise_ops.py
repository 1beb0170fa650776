# & | ^ ~ on small, negative, boundary and big ints and on bools (bool op bool stays bool), in loops.
vals = [0, 5, -5, 255, -256, 140737488355327, -140737488355328, 2 ** 63, -(2 ** 63), 2 ** 90 + 3, -(2 ** 90), True, False]


def table():
    for a in vals:
        row = []
        for b in vals:
            row.append((a & b, a | b, a ^ b))
        print(a, ~a, row[:4])
        print(" ", row[4:8])
        print(" ", row[8:])


table()
print(True & False, True | False, True ^ True, False ^ True, ~True, ~False)
print(type(True & False) is bool, type(True | 0) is bool, type(True ^ 1) is int, isinstance(True & 1, bool))
print(repr(True & True), repr(False | False), repr(True & 3), repr(6 | False))


def hot(n):
    h = 0
    x = 0
    for i in range(n):
        h ^= (i * 2654435761) & 0xFFFFFFFF
        h = (h << 1 | h >> 31) & 0xFFFFFFFF
        x |= 1 << (i % 60)
        x &= ~(1 << ((i * 7) % 60))
    return h, x


print(hot(2000))


def flags(n):
    b = False
    res = []
    for i in range(n):
        b = b ^ (i % 3 == 0)
        c = b & (i % 2 == 0)
        d = b | c
        res.append((b, c, d))
    return res


print(flags(7))
