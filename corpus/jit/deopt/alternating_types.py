# A variable alternates type every iteration at the same instruction sites: int/float/str/list/None.
def alt(n):
    out = []
    for i in range(n):
        k = i % 5
        if k == 0:
            v = i
        elif k == 1:
            v = i + 0.5
        elif k == 2:
            v = str(i)
        elif k == 3:
            v = [i]
        else:
            v = None
        r = v * 2 if v is not None else "none"
        out.append(r)
    return out


res = alt(2000)
print(res[:10])
print(res[-10:])
print(len(res))


def alt2(n):
    x = 0
    total = 0.0
    s = ""
    for i in range(n):
        if i % 2:
            x = i * 1.5
        else:
            x = i
        total = total + x
        y = x + 1
        s = s + ("f" if isinstance(y, float) else "i") if i < 12 else s
    return total, x, y, s


print(alt2(2001))
print(alt2(2000))


def same_site(vals, n):
    out = []
    for i in range(n):
        a = vals[i % len(vals)]
        out.append(a + a)
    return out


print(same_site([1, 2.5, "z", (1,), [0], True, 2 ** 70], 14))
