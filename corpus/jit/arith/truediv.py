# True division with ints (small, boundary, big), floats and bools; result is always a float.
pairs = [(7, 2), (-7, 2), (6, 3), (1, 3), (2 ** 47, 3), (2 ** 63, 2), (10 ** 30, 10 ** 10),
         (10 ** 400, 10 ** 399), (1, 10 ** 400), (7.5, 2), (7, 2.5), (True, 2), (3, True),
         (0, 5), (-0.0, 5), (5, -0.5), (2 ** 53 + 1, 1), (-(2 ** 53) - 1, 1)]


def run():
    for a, b in pairs:
        q = a / b
        sa = repr(a) if abs(a) < 10 ** 40 else "big"
        sb = repr(b) if abs(b) < 10 ** 40 else "big"
        print(sa, sb, repr(q), isinstance(q, float))


run()


def hot(n):
    s = 0.0
    harm = 0.0
    for i in range(1, n):
        s += i / 7
        harm += 1 / i
    return s, harm


print(hot(2000))
for a, b in [(1, 0), (1.0, 0), (0, 0.0), (10 ** 50, 0), (True, False)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 398, (10 ** 400) / (10 ** 398))
