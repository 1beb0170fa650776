# Int zero and float -0.0 at the same sites: int results must never become -0.0, float ones must keep the sign.
def negs(vals):
    out = []
    for v in vals:
        out.append(repr(-v))
        out.append(repr(v * -1))
        out.append(repr(0 - v))
        out.append(repr(v - 0))
    return out


print(negs([0, 0.0, -0.0, False, 0, 0.0]))


def hot(n):
    cnt_negzero = 0
    reps = []
    for i in range(n):
        v = 0 if i % 2 else 0.0
        w = -v
        if repr(w) == "-0.0":
            cnt_negzero += 1
        if i >= n - 4:
            reps.append(repr(w))
    return cnt_negzero, reps


print(hot(2000))


def mul_sign(n):
    r = []
    for i in range(n):
        a = -1 if i % 2 else -1.0
        r.append(repr(a * 0))
        r.append(repr(0 * a))
        r.append(repr(a * 0.0))
    return r[-6:]


print(mul_sign(1000))
print(repr(-0.0 + 0), repr(0 + -0.0), repr(-0.0 - 0), repr(-0.0 * 5), repr(-5 * 0.0), repr(0 // -3), repr(0.0 // -3), repr(-0.0 % 3))
print(repr(round(-0.4)), repr(round(-0.4, 0)), repr(int(-0.9)), repr(abs(-0.0)), repr(max(-0.0, 0.0)), repr(min(0.0, -0.0)))
