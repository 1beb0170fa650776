# Tests abs() and divmod() on ints of various signs and sizes
print(abs(5), abs(-5), abs(0), abs(-(2 ** 100)))
print(abs(True), abs(False))
for a in [17, -17, 0, 3, -3]:
    for b in [5, -5, 1]:
        print(a, b, divmod(a, b))
print(divmod(2 ** 65, 10))
print(divmod(-(2 ** 65), 10))
print(divmod(7, 7), divmod(-7, 7))
q, r = divmod(1000, 37)
print(q, r, q * 37 + r)
print(abs(-2 ** 63), abs(-9223372036854775808))
for n in [-(2 ** 64), 2 ** 64 - 1, -1, 1]:
    print(n, abs(n), abs(n) == n or abs(n) == -n)
print(divmod(10 ** 20, 10 ** 10), divmod(-(10 ** 20), 10 ** 10 + 1))
print(divmod(0, -7), divmod(-1, 2 ** 70))
print(abs(3 - 10), abs(10 - 3), abs(-0))
