# A compiled callee specialized for ints is called from a compiled loop with floats, strs and big ints later.
def add3(a, b, c):
    return a + b + c


def scale(x, k):
    if x > 10:
        return x * k
    return x - k


def driver(n):
    tot = 0
    for i in range(n):
        tot = add3(tot, i, 1) % 1000003
    return tot


print(driver(3000))
print(add3(1.5, 2, 3), add3("a", "b", "c"), add3([1], [2], [3]), add3(2 ** 62, 2 ** 62, 2 ** 62), add3(True, True, True))
out = []
for i in range(2000):
    out.append(scale(i % 20, 3))
print(sum(out), out[:25])
mixed = [scale(v, 2) for v in [5, 11, 10.5, 9.5, 2 ** 70, -2 ** 70, True]]
print(mixed)
print(scale(20, "ab"), scale(11, [0]))


def poly_driver(vals):
    res = []
    for v in vals:
        res.append(add3(v, v, v))
        res.append(scale(v, 2))
    return res


print(poly_driver([1, 2, 3] * 300)[-4:])
print(poly_driver([1.25, 20.5, 2 ** 50, 2 ** 47 - 1]))
