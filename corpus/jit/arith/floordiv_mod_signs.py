# Floor division and modulo with every sign combination, on small, boundary and big ints, in loops.
nums = [7, -7, 0, 1, -1, 13, -13, 140737488355327, -140737488355328, 2 ** 63, -(2 ** 63) - 1, 10 ** 25, -(10 ** 25)]
dens = [3, -3, 1, -1, 7, -7, 2 ** 47, -(2 ** 47), 2 ** 65, -(2 ** 65)]


def table():
    for a in nums:
        row = []
        for b in dens:
            q = a // b
            r = a % b
            row.append((q, r))
            assert q * b + r == a, (a, b)
        print(a, row)


table()


def hot(n):
    s1 = 0
    s2 = 0
    for i in range(-n, n):
        s1 += i // 7 + i % 7
        s2 += i // -5 - i % -5
    return s1, s2


print(hot(1500))


def floats():
    for a in [7.0, -7.0, 7.5, -7.5, 0.0, -0.0]:
        for b in [2, -2, 2.5, -2.5, 0.3]:
            print(a, b, a // b, a % b, divmod(a, b))


floats()
print(divmod(-7, 2), divmod(7, -2), divmod(-(10 ** 20), 3), divmod(10 ** 20, -3))
