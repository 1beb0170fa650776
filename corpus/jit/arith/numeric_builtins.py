# abs, divmod, round, min, max, int(), float() and hash on boundary values, called in compiled loops.
vals = [0, 7, -7, 140737488355327, -140737488355328, 140737488355328, 2 ** 63, -(2 ** 63), 10 ** 30, -2.5, 2.5, 3.5, -0.0, True]


def go():
    for v in vals:
        print(repr(v), abs(v), divmod(v, 3), divmod(v, -4), round(v), int(v), float(v), hash(v) == hash(int(v)) if v == int(v) else None)


go()


def hot(n):
    s = 0
    m = -10 ** 9
    lo = 10 ** 9
    for i in range(-n, n):
        s += abs(i) + round(i / 3)
        m = max(m, i * 3 % 101)
        lo = min(lo, i * 7 % 103 - 50)
    return s, m, lo


print(hot(1000))
print(round(2.675, 2), round(-1.25, 1), round(12345, -2), round(-12355, -1), round(0.125, 2), round(1e20))
print(int("  -42 "), int("ff", 16), int("777", 8), int("-101", 2), int("140737488355328"), int("9" * 25))
print(float("1.5"), float("-1e-5"), float("inf"), float(2 ** 63), float(-(2 ** 47)))
print(hex(2 ** 47), oct(-8), bin(140737488355327), hex(-(2 ** 63)), bin(0), hex(255))
print(min(3, 2.5, 7), max(-1, -1.0), max([2 ** 70, 2 ** 70 + 1, 5]), min([4]))
for s in ["12a", "", "1.5", "0x10"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
