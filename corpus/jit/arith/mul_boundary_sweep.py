# Products of small ints near every power of two up to the small-int limit
# (2**47) and past it, both signs, in a compiled loop: each product either stays
# a small int or leaves for the big-int path, and must equal CPython's either way.
# Also constant factors on either side and -2**47, whose negation just leaves.

values = [0, 1, -1, 2, -2, 3, -3]
for k in range(1, 49):
    for d in (-1, 0, 1):
        v = (1 << k) + d
        values.append(v)
        values.append(-v)
values.append(-(1 << 47))
values.append((1 << 47) - 1)


def sweep(xs):
    total = 0
    big = 0
    checksum = 0
    for a in xs:
        for b in xs:
            p = a * b
            total += p
            if p >= (1 << 47) or p < -(1 << 47):
                big += 1
            checksum = (checksum * 31 + p) % 1000000007
    return total, big, checksum


print(len(values), sweep(values))


def constants(xs):
    out = 0
    for x in xs:
        out = (out + 3 * x + x * -1 + x * 65536 - 7 * x * 2) % 998244353
    return out


print(constants(values))


def squares(xs):
    hits = []
    for x in xs:
        s = x * x
        if s > (1 << 46):
            hits.append(s.bit_length())
    return sum(hits), len(hits)


print(squares(values))
