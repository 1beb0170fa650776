# Builtins (len, abs, max, str) used in hot loops are shadowed by globals mid-program, then unshadowed with del.
def work(xs):
    t = 0
    for x in xs:
        t += len(x) + abs(-len(x))
    return t


data = ["a", "bb", "ccc"] * 400
print(work(data))


def len(x):
    return 100


print(work(data))
del len
print(work(data))


def loop_shadow(n):
    global abs
    tot = 0
    for i in range(n):
        tot += abs(-i)
        if i == n // 2:
            abs = lambda v: 0
    return tot


print(loop_shadow(1000))
del abs
print(abs(-5), loop_shadow(10))
del abs
max = min
print(max([3, 1, 2]))
del max
print(max([3, 1, 2]))
str = repr
print(str("x"), [str(v) for v in ["a", 1]])
del str
print(str("x"))


def uses_range(n):
    c = 0
    for i in range(n):
        c += i
    return c


print(uses_range(10))
range = lambda n: [n, n, n]
print(uses_range(10))
del range
print(uses_range(10))
