# A ten-level call chain where every level runs a small loop; mixed-type arguments flow down and results up.
def l9(x):
    s = x
    for i in range(3):
        s = s + x
    return s


def l8(x):
    return l9(x) + l9(x)


def l7(x):
    t = x
    for i in range(2):
        t = l8(t) if i == 0 else t
    return t


def l6(x):
    return l7(x)


def l5(x):
    acc = x * 0
    for i in range(2):
        acc = acc + l6(x)
    return acc


def l4(x):
    return l5(x)


def l3(x):
    return [l4(x)][0]


def l2(x):
    return l3(x)


def l1(x):
    r = None
    for i in range(1):
        r = l2(x)
    return r


def l0(x):
    return l1(x)


for v in [1, 2.5, "ab", [0], (1,), 2 ** 44, 2 ** 70, True]:
    r = l0(v)
    print(repr(r) if not isinstance(r, (str, list, tuple)) else (len(r), r[:4]))
tot = 0
for i in range(300):
    tot += l0(i)
print(tot)
