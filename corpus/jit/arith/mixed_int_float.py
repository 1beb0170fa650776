# Mixed int/float arithmetic in hot loops: int op float, float op int, accumulators switching to float.
def poly(n):
    total = 0
    for i in range(n):
        x = i * 0.5
        total += 3 * x * x - 2 * x + 1
    return total


print(poly(1000))


def switch_at(n, k):
    acc = 0
    for i in range(n):
        if i == k:
            acc = acc + 0.5     # becomes float here
        acc = acc + i
    return acc, isinstance(acc, float)


print(switch_at(1000, 900))
print(switch_at(1000, 0))
print(switch_at(1000, 2000))


def compare_mixed(n):
    c = 0
    for i in range(n):
        f = i / 3
        if f == i // 3:
            c += 1
        if i < f * 3.0001:
            c += 1000
    return c


print(compare_mixed(900))
pairs = [(1, 1.0), (2 ** 53, 2.0 ** 53), (2 ** 53 + 1, 2.0 ** 53), (10 ** 20, 1e20), (-(2 ** 47), -140737488355328.0),
         (3, 2.5), (True, 1.5), (2 ** 1000, 1e300)]
for a, b in pairs:
    print(a + b, a - b, a * b, a < b, a == b, a > b, b - a)
try:
    print(2 ** 1100 + 1.0)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 1100 > 1e308, 2 ** 1100 < float("inf"), -(2 ** 1100) < -1e308)


def newton(v):
    x = v
    for i in range(30):
        x = (x + v / x) / 2
    return x


print(newton(2), newton(10 ** 10), newton(2 ** 60), newton(0.25))
