# An object attribute read and written in a hot loop changes type (int -> float -> str) and is deleted/re-added.
class P:
    def __init__(self):
        self.v = 0
        self.w = 1.0


def loop(p, n):
    trace = []
    for i in range(n):
        p.v = p.v + 1 if not isinstance(p.v, str) else p.v + "x"
        p.w = p.w * 1.5 if p.w < 1e6 else 1.0
        if i == 600:
            p.v = p.v + 0.5
        if i == 900:
            p.v = str(p.v)
        if isinstance(p.v, str):
            p.v = p.v[:10]
            p.v = len(p.v) + i if i > 950 else p.v
        if i % 100 == 0 or i > n - 4:
            trace.append((i, repr(p.v), p.w))
    return trace


p = P()
try:
    for t in loop(p, 1000):
        print(t)
except TypeError as e:
    print("TypeError:", e)


class Q:
    pass


def build(n):
    qs = []
    for i in range(n):
        q = Q()
        if i % 3 == 0:
            q.a = i
        elif i % 3 == 1:
            q.a = i * 0.5
        else:
            q.a = [i]
        qs.append(q)
    out = []
    for q in qs:
        out.append(q.a * 2)
    return out[:6], out[-3:]


print(build(1500))
