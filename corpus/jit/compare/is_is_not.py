# is / is not with None, True, False and identical objects, in loops and with changing values.
def check(xs):
    out = []
    for x in xs:
        out.append((x is None, x is not None, x is True, x is False, x is not False))
    return out


a = [1]
vals = [None, 0, False, True, 1, "", [], a, 0.0]
for r in check(vals):
    print(r)


def hot(n):
    v = None
    c = [0, 0, 0]
    for i in range(n):
        if i % 3 == 0:
            v = None
        elif i % 3 == 1:
            v = i
        else:
            v = i > 5
        if v is None:
            c[0] += 1
        if v is True:
            c[1] += 1
        if v is not None and v is not True:
            c[2] += 1
    return c


print(hot(1500))
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, b is not a)
d = {"k": a}
print(d["k"] is a, d.get("z") is None, [a][0] is a, (a, b)[1] is a)


def ident(x):
    return x


objs = [a, c, d, None, True]
print([ident(o) is o for o in objs])
print([o is a for o in objs])
t = True
f = False
print((1 == 1) is True, (1 == 2) is False, (not 0) is t, bool(5) is True, (3 > 2) is not f)
