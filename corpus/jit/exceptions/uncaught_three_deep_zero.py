# Uncaught ZeroDivisionError raised three calls deep, each frame inside a hot loop; traceback shows all frames.
def level3(xs, k):
    s = 0
    for x in xs:
        s += 1000 // (x - k)
    return s


def level2(n, k):
    t = 0
    for i in range(n):
        t += level3(range(i % 5 + 1, 10), k if i > 300 else -1)
    return t


def level1(rounds):
    out = []
    for r in range(rounds):
        out.append(level2(400, 12 - 2 * r))
        print("round", r, out[-1])
    return out


level1(3)
