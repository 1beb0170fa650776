# `in` on ranges far too long to scan: ints of any size are placed arithmetically.
r = range(0, 10 ** 20, 7)
print(10 ** 19 in r, 14 in r, 7 * 10 ** 18 in r, -7 in r, 10 ** 40 in r, -(10 ** 40) in r)
d = range(10 ** 20, -10 ** 20, -3)
print(10 ** 20 in d, 10 ** 20 - 3 in d, 10 ** 20 - 1 in d, -10 ** 20 in d, -10 ** 20 + 2 in d, True in range(2), False in range(1, 3))
print(2 ** 64 in range(2 ** 63, 2 ** 65, 2 ** 62), 2 ** 64 + 1 in range(2 ** 63, 2 ** 65, 2 ** 62))
