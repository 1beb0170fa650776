# The type guards of both operands of an arithmetic operation or a comparison are
# one check: it must fail when either operand (left, right or both) is not of the
# type the code was compiled for, and the interpreter then does the operation.


def arith(a, b):
    return a + b, a - b, a * b, a // b if b else 0, a < b, a == b


def cmp_only(a, b):
    n = 0
    if a < b:
        n += 1
    if a >= b:
        n += 2
    return n


def fl(a, b):
    return a * b + a, a < b


for i in range(1, 1500):
    arith(i, i + 1)
    cmp_only(i, 3)
    fl(i * 0.5, i * 0.25)

cases = [
    (3, 4),
    (3.5, 4),
    (3, 4.5),
    (2.5, 0.5),
    (True, 4),
    (3, False),
    (2**50, 3),
    (3, 2**50),
    (2**50, 2**51),
    (-7, 2),
]
for a, b in cases:
    print(a, b, arith(a, b), cmp_only(a, b), fl(a, b))

for a, b in [("x", "y"), ("ab", "ab"), ([1], [2])]:
    try:
        print(arith(a, b))
    except TypeError as e:
        print("TypeError:", e)
    print(cmp_only(a, b))
    try:
        print(fl(a, b))
    except TypeError as e:
        print("TypeError:", e)

for a, b in [(1, "s"), ("s", 1), (None, 1), (1, None)]:
    try:
        print(cmp_only(a, b))
    except TypeError as e:
        print("TypeError:", e)

t = 0
for i in range(300):
    x = i if i % 3 else i * 1.5
    y = i + 1 if i % 5 else float(i)
    s, d, p, q, lt, eq = arith(x, y)
    t += s + d + p + q + lt + eq + cmp_only(x, y)
print(t)
