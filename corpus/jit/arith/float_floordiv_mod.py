# float // float and float % float with negative operands, -0.0, inf and nan, inside a compiled loop.
inf = float("inf")
nan = float("nan")
vals = [5.5, -5.5, 1.0, -1.0, 0.1, -0.1, 1e300, -1e300, 3.0, -0.0, 0.0]
divs = [2.0, -2.0, 0.5, -0.5, 3.0, inf, -inf, 1e-300]


def go():
    lines = 0
    for a in vals:
        for b in divs:
            q = a // b
            r = a % b
            print(repr(a), repr(b), repr(q), repr(r))
            lines += 1
    return lines


print(go())
for a in [inf, -inf, nan]:
    for b in [2.0, -2.0]:
        print(a, b, a // b, a % b, a / b)
print(5.0 % inf, -5.0 % inf, 5.0 % -inf, -5.0 % -inf)
print(-0.0 % 5.0, 0.0 % -5.0, -0.0 // 5.0, 0.0 // -5.0)


def acc(n):
    s = 0.0
    t = 0.0
    for i in range(1, n):
        x = i * 0.37 - 100.0
        s += x // 1.7
        t += x % -2.3
    return s, round(t, 6)


print(acc(600))
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(5 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
