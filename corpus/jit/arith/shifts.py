# Shifts by small, large and negative amounts (ValueError caught) on small, boundary and big ints.
def lefts(x):
    return [x << k for k in (0, 1, 15, 16, 46, 47, 48, 62, 63, 64, 65, 100)]


def rights(x):
    return [x >> k for k in (0, 1, 15, 16, 46, 47, 48, 62, 63, 64, 65, 100, 1000)]


for x in [1, -1, 3, -3, 140737488355327, -140737488355328, 2 ** 63 - 1, -(2 ** 63), 2 ** 100 + 7, -(2 ** 100) - 7, 0, True]:
    print(x, lefts(x))
    print(x, rights(x))


def hot(n):
    acc = 0
    neg = 0
    for i in range(n):
        acc += (i << (i % 70)) >> (i % 70)
        neg += (-i) >> (i % 9)
    return acc, neg


print(hot(2000))


def neg_shift(vals):
    caught = 0
    res = []
    for i, v in enumerate(vals):
        try:
            res.append(v << (i - 3))
        except ValueError as e:
            caught += 1
            res.append(str(e))
        try:
            res.append(v >> (i - 3))
        except ValueError as e:
            caught += 1
            res.append(str(e))
    return caught, res


print(neg_shift([5, 6, 7, 8, 9, 10]))
print(neg_shift([2 ** 80, -(2 ** 80), 1, -1, 0]))
try:
    print(1 << (2 ** 70))
except (OverflowError, MemoryError) as e:
    print("too big", type(e).__name__)
print(0 << 1000, 5 >> 10 ** 20, -5 >> 10 ** 20)
