# Bools as ints in arithmetic (True + 1, True * 2.5, -True, sum of bools) inside compiled loops.
print(True + 1, True + True, False - True, True * 2.5, -True, +True, ~True, True / 2, True // 2, True % 2, True ** 10)
print(True + 0.5, 3 - False, 2 ** True, 10 // True, True << 5, True >> 1, abs(True))
print(repr(True + 0), repr(True * 1), repr(True + False), repr(-False), repr(True == 1), repr(True is True))


def count(n):
    c = 0
    evens = 0
    for i in range(n):
        c += i % 3 == 0
        evens = evens + (i % 2 == 0) * 2
    return c, evens


print(count(3000))
print(sum([True, True, False, True]), sum(i > 2 for i in range(10)), max(True, 0), min(False, -1))


def mixed(n):
    x = True
    out = []
    for i in range(n):
        x = x + True
        out.append(x)
        if i == 2:
            x = False
    return out


print(mixed(6))
d = {True: "t", 0: "zero"}
d[1] = "one"
d[False] = "f"
print(d, d[1.0], len(d))
xs = [10, 20, 30]
print(xs[True], xs[False], xs[-True], "abc"[True])


def toggle(n):
    t = True
    k = 0
    for i in range(n):
        t = not t
        k += t
        k -= not t
    return t, k


print(toggle(1001), toggle(1000))
