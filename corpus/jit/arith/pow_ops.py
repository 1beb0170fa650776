# The ** operator on ints (incl. negative exponents giving floats), floats, bools, big ints, and 3-arg pow, in loops.
def table():
    for a in [0, 1, -1, 2, -2, 3, 10, True, False, 2.5, -2.5, 0.5]:
        row = []
        for b in [0, 1, 2, 3, -1, -2, 0.5, True]:
            if a < 0 and b == 0.5:
                row.append("complex")
                continue
            try:
                r = a ** b
            except ZeroDivisionError as e:
                r = "ZDE:" + str(e)
            row.append(r)
        print(a, row)


table()


def hot(n):
    tot = 0
    ftot = 0.0
    for i in range(n):
        tot += (i % 13) ** 3
        ftot += (i % 7) ** -1 if i % 7 else 0.0
        ftot += 1.0001 ** i
    return tot, round(ftot, 6)


print(hot(1500))
print(2 ** 47, 2 ** 63, 2 ** 64, 2 ** 100, (-2) ** 63, (-2) ** 64, (-3) ** 41)
print(2 ** -1, 2 ** -47, 10 ** -5, (-2) ** -3, 0.0 ** 0, 0 ** 0)
print(pow(2, 100, 1000007), pow(3, 10 ** 6, 97), pow(-5, 3, 7), pow(5, 3, -7), pow(7, 0, 1))
print(abs(-8.0) ** (1 / 3), 4 ** 0.5, 2 ** 0.5, 1e10 ** 10)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def growth(n):
    x = 1
    out = []
    for i in range(n):
        x = 2 ** i + x
        out.append(x % 1000003)
    return out[-5:], x % 999999937


print(growth(200))
