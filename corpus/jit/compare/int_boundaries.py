# All six comparisons on ints around 2**47 and 2**63 (mixing immediate and boxed ints) in compiled loops.
B = [140737488355326, 140737488355327, 140737488355328, 140737488355329,
     -140737488355327, -140737488355328, -140737488355329,
     9223372036854775807, 9223372036854775808, -9223372036854775808, -9223372036854775809, 0, -1, 2 ** 100]


def cmp_all(a, b):
    return (a == b, a != b, a < b, a <= b, a > b, a >= b)


def table():
    for a in B:
        bits = ""
        for b in B:
            for r in cmp_all(a, b):
                bits += "1" if r else "0"
            bits += " "
        print(a, bits)


table()


def count_below(limit, start, n):
    c = 0
    x = start
    for i in range(n):
        if x < limit:
            c += 1
        if x >= limit:
            c += 1000
        x += 1
    return c


print(count_below(140737488355328, 140737488355320, 20))
print(count_below(-140737488355328, -140737488355338, 20))
print(count_below(2 ** 63, 2 ** 63 - 5, 10))


def while_cross(x):
    steps = 0
    while x <= 140737488355330:
        x += 1
        steps += 1
    return steps, x


print(while_cross(140737488355000))
print(while_cross(140737488355331))
