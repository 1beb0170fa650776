# The same arithmetic and comparison sites see ints and bools alternately; bool results must stay bool where Python keeps them.
def site(vals):
    out = []
    for v in vals:
        out.append((v + 1, v * 2, v & 1, v | False, v ^ True, -v, v == 1, v < 1))
    return out


vals = list(range(-2, 3)) * 200 + [True, False, True, 5]
r = site(vals)
print(r[:5])
print(r[-4:])


def flip(n):
    x = 0
    reprs = []
    for i in range(n):
        x = x ^ True            # int ^ bool -> int; bool ^ bool -> bool
        if i == n - 5:
            x = bool(x)
        if i >= n - 8:
            reprs.append(repr(x))
    return reprs


print(flip(2000))


def count(xs):
    c = 0
    for x in xs:
        c = c + x
    return c, repr(c)


print(count([True] * 1000), count([True, 2, False] * 300), count([False]), count([]))


def and_bits(n):
    b = True
    trail = []
    for i in range(n):
        b = b & (i % 3 != 0) if i % 2 else b | (i % 5 == 0)
        trail.append(repr(b))
    return trail[-6:]


print(and_bits(2000))
