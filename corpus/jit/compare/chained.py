# Chained comparisons (a < b < c, a == b == c, mixed operators) with side effects evaluated once, in loops.
calls = []


def f(x):
    calls.append(x)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True, 1 < 2 == 2 <= 3 != 4)
print(f(1) < f(2) < f(3), calls)
calls.clear()
print(f(5) < f(2) < f(3), calls)
calls.clear()
print(f(1) == f(1) is not None, calls)


def hot(n):
    a = b = c = 0
    for i in range(n):
        if 100 <= i < 200:
            a += 1
        if i % 3 == 0 == i % 5:
            b += 1
        if -1 < i - 500 <= 10 < 2 ** 70:
            c += 1
    return a, b, c


print(hot(1500))


def band(xs, lo, hi):
    return [x for x in xs if lo <= x < hi]


print(band([1, 2.5, 3, 140737488355328, -5, 7.0], 2, 7))
print(band([1, 2.5, 3, 140737488355328, -5, 7.0], -10, 2 ** 50))
print("a" < "b" < "c", "b" < "a" < "c", [1] < [2] < [3], (1, 2) < (1, 3) <= (1, 3))
x = 5
print(0 < x < 10, 0 < x > 3, x < 10 > x, 1 < x in [5], x in [5] in [[5]])
