# A loop whose arithmetic overflows the immediate range on every iteration (and comes back).
BIG = 1 << 50


def each(n):
    out = 0
    lst = []
    for i in range(n):
        t = BIG * (i + 1)   # boxed each time
        u = t // BIG        # back to small
        out += u
        if i % 300 == 0:
            lst.append((t, u))
    return out, lst


print(each(2000))


def sawtooth(n):
    x = 140737488355320
    res = []
    for i in range(n):
        x = x + 16          # crosses 2**47
        x = x - 16          # comes back
        res.append(x + (i % 3))
    return res[:3], res[-3:], len(res)


print(sawtooth(1500))


def negsaw(n):
    x = -140737488355320
    acc = 0
    for i in range(n):
        y = x - 100
        acc += y + 100 - x
        x = -x
        x = -x
    return acc, x


print(negsaw(1200))


def powers(n):
    tot = 0
    for i in range(n):
        tot += (3 ** 40) % (i + 2)
        tot += ((i + 2) ** 30) & 0xFFFF
    return tot


print(powers(700))
