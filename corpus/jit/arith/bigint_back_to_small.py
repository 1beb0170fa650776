# Values crossing from big int back to small int inside compiled loops; the small result must behave as an int.
def shrink(x):
    steps = []
    while x > 10:
        x = x // 1000
        steps.append(x)
    return steps, x + 1, x * 2


print(shrink(10 ** 30))
print(shrink(2 ** 100 + 12345))


def sub_back(n):
    big = 2 ** 70
    x = big + 5
    out = []
    for i in range(n):
        x = x - big
        out.append(x)
        out.append(x + i)
        x = x + big
    return out


print(sub_back(6))


def mod_back(n):
    x = 3 ** 80
    res = []
    for i in range(n):
        y = x % (i + 7)
        res.append(y * 3 + 1)
        x = x + y
    return res


print(mod_back(10))


def cancel(n):
    a = 2 ** 62
    total = 0
    for i in range(n):
        b = a * 4
        c = b - a * 4 + i
        total += c
    return total, c


print(cancel(1000))
x = 2 ** 200
while x > 7:
    x >>= 17
    print(x, x + 1, x < 1000, x & 3)
neg = -(2 ** 90)
while neg < -5:
    neg //= 1 << 13
    print(neg, neg % 7, -neg)
