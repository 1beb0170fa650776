# `**` with a float on either side in hot loops (compiled code calls the same pow as
# the interpreter), and every case where it must raise or fall back: 0.0 to a
# negative power, overflow, ints on both sides, big ints, infinities and nan.
def powers(n):
    out = 0.0
    for i in range(1, n):
        x = i * 0.37
        out += x ** 0.5 + x ** 2 + 2 ** (x / 100) + (x / 10) ** -1.5 + x ** 1
    return out


def ints(n):
    t = 0
    for i in range(n):
        t += i ** 2 + (i % 7) ** 3
    return t


def edges():
    inf = float("inf")
    nan = float("nan")
    rows = []
    for _ in range(100):
        rows = [
            inf ** 0.5, inf ** -1.0, (-inf) ** 2.0, 0.0 ** 0.0, (-0.0) ** 0.5,
            1.0 ** nan, nan ** 0.0, 2.0 ** -1074.0, 10.0 ** -400, (-8.0) ** 3.0,
            (2 ** 60) ** 0.5, 0.5 ** (2 ** 50), 7 ** 0.0,
        ]
    return rows


def raises(x, y):
    for _ in range(50):
        try:
            r = x ** y
        except ZeroDivisionError as e:
            return "ZeroDivisionError: " + str(e)
        except OverflowError as e:
            return "OverflowError: " + str(e)
    return r


print(round(powers(3000), 6))
print(ints(3000))
print(edges())
print(raises(0.0, -1.0))
print(raises(0.0, -2))
print(raises(10.0, 400.0))
print(raises(1.5, 2000))
print(raises(2, 0.5))
