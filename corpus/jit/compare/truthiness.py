# not / bool() / if-conditions / and / or returning operands, over values of every type, in compiled loops.
vals = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), 2 ** 70, 140737488355328, "", "0", [], [0], (), (None,), {}, {0: 0},
        set(), {0}, None, True, False, range(0), range(3)]


def truth(xs):
    out = []
    for x in xs:
        if x:
            out.append("T")
        else:
            out.append("F")
    return "".join(out)


print(truth(vals))
print([bool(v) for v in vals] == [not not v for v in vals])
print([repr(v and "yes") for v in vals[:12]])
print([repr(v or "no") for v in vals[:12]])


def andor(n):
    res = []
    for i in range(n):
        a = i % 3
        b = [] if i % 2 else [i]
        res.append((a and b, a or b, not a or b, a and not b))
    return res


for r in andor(6):
    print(r)


def counting(n):
    c = 0
    x = None
    for i in range(n):
        if i % 4 == 0:
            x = 0
        elif i % 4 == 1:
            x = "s"
        elif i % 4 == 2:
            x = 0.0
        else:
            x = [i]
        if x:
            c += 1
        if not x:
            c += 1000
        c += 1000000 if (x or 0) == 0 else 0
    return c


print(counting(2000))
i = 10
w = []
while i and len(w) < 20:
    w.append(i)
    i = i - 3 if i > 2 else 0
print(w, i)
