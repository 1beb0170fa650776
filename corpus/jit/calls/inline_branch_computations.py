# The inlined start of a callee computes the same operation on the same values on
# two paths that do not dominate each other (a chained comparison joins them
# again): each path must compute it itself. Found by ci/fuzz-jit (the compiled
# caller was invalid IR: Cranelift's verifier refused it, a release build crashed).
def t1(x, y):
    if not (x < 0.5 != 0):
        if y == 0:
            return 0.5
        return y
    return x - y


def t2(a, b):
    if a > b or a == 3:
        return (a + b) * 2
    if b > 10:
        return a + b
    return (a + b) - 1


def t3(x, y):
    if 0 < x < 10:
        return x * y + 1
    return x * y - 1


def f2(n, xs):
    acc = 0
    for i in range(n):
        r = t1(xs[i % len(xs)], i % 39 - 5)
        acc = acc + r
    print("f2", acc)


f2(100, [1, 2.5, 3, 0.25, -1])


def drive(n, xs):
    acc = 0
    acc2 = 0
    acc3 = 0.0
    for i in range(n):
        x = xs[i % len(xs)]
        acc = acc + t1(x, i % 39 - 5)
        acc2 = acc2 + t2(i % 7, i % 13)
        acc3 = acc3 + t3(x, 0.5 * i)
    print("drive", acc, acc2, acc3)


drive(300, [1, 2.5, 3, 0.25, -1])
drive(300, [0, 0.5, 7, -2.5, 12])
print([t1(v, w) for v in (0.25, 2, -1.5) for w in (0, 4, -6)])
print([t2(v, w) for v in (3, 1, 20) for w in (2, 11, 30)])
