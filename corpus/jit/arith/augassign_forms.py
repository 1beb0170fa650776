# Every augmented-assignment operator on locals, globals, list slots, dict values and attributes, all types.
G = 0
GF = 0.0
GS = ""


class Box:
    def __init__(self):
        self.i = 1
        self.f = 0.5
        self.s = "b"
        self.l = []


def locals_all(n):
    a = 100
    a += 7; a -= 3; a *= 5; a //= 3; a %= 97; a **= 2; a <<= 3; a >>= 1; a &= 0xFFF; a |= 0x100; a ^= 0x55
    f = 1.5
    f += 2; f -= 0.25; f *= 3; f /= 2; f //= 0.5; f %= 3.5; f **= 2
    s = "ab"
    s += "cd"; s *= 3
    l = [1]
    l2 = l
    l += [2, 3]; l *= 2
    t = (1,)
    t2 = t
    t += (2,)
    out = [a, f, s, l[:], l2 is l, t, t2]
    for i in range(n):
        a += i
        f += i / 4
        s += str(i % 10)
        l += [i]
    out += [a, f, s[-10:], len(l)]
    return out


print(locals_all(300))


def globals_aug(n):
    global G, GF, GS
    for i in range(n):
        G += i
        GF += 0.5
        if i % 100 == 0:
            GS += "x"
    return G, GF, GS


print(globals_aug(1000))
print(G, GF, GS)


def subscripts(n):
    xs = [0, 0.0, "", [], 10]
    d = {"k": 0, "f": 1.0, "s": "", 3: [], (1, 2): 5}
    for i in range(n):
        xs[0] += i
        xs[1] += 0.125
        xs[2] += "ab"[i % 2]
        xs[3] += [i] if i % 50 == 0 else []
        xs[-1] -= 1
        d["k"] += 2
        d["f"] *= 1.001
        d["s"] += "z" if i % 100 == 0 else ""
        d[3] += [i] if i % 200 == 0 else []
        d[(1, 2)] ^= i
    return xs[0], xs[1], len(xs[2]), xs[2][:6], xs[3], xs[4], d["k"], round(d["f"], 6), d["s"], d[3], d[(1, 2)]


print(subscripts(1000))


def attrs(n):
    b = Box()
    for i in range(n):
        b.i += i
        b.i %= 100003
        b.f *= 1.01
        b.s += "." if i % 100 == 0 else ""
        b.l += [i] if i % 250 == 0 else []
    return b.i, round(b.f, 4), b.s, b.l


print(attrs(1000))
nested = [[0, 0], {"a": [1, 2]}]
for i in range(10):
    nested[0][i % 2] += i
    nested[1]["a"][0] *= 2
    nested[1]["a"][-1] -= 1
print(nested)
