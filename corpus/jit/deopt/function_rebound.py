# The function called at a hot call site is rebound mid-loop (global function swap), incl. to a lambda and a class.
def f(x):
    return x + 1


def g(x):
    return x * 2


class H:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return self.x + other


def loop(n):
    global f
    tot = 0
    log = []
    for i in range(n):
        r = f(i)
        tot = tot + (r.x * 3 if isinstance(r, H) else r)
        if i == 700:
            f = g
        elif i == 1400:
            f = lambda x: -x
        elif i == 1800:
            f = H
        if i in (699, 700, 701, 1401, 1801, n - 1):
            log.append(repr(r) if not isinstance(r, H) else "H" + str(r + 1))
    return tot, log


try:
    print(loop(2000))
except TypeError as e:
    print("TypeError:", e)


def f(x):
    return x + 1


def loop2(n):
    global f
    total = 0
    for i in range(n):
        if i % 2:
            f = g
        else:
            f = abs
        total += f(i - 5)
    return total


print(loop2(1000))


def local_swap(n):
    fn = len
    out = []
    for i in range(n):
        out.append(fn("abc" * (i % 3)))
        fn = str if fn is len else len
    return out


print(local_swap(10))
