# Tests pow() with two and three arguments, including negatives and big ints
print(pow(2, 8), pow(2, -1), pow(-2, 3), pow(2.5, 2), pow(4, 0.5))
print(pow(3, 200, 1000), pow(5, 0, 7), pow(0, 0, 5), pow(10, 100, 97))
print(pow(-7, 3, 10), pow(7, 3, -10), pow(-7, 3, -10))
print(pow(2, 10 ** 6, 10 ** 9 + 7))
print(pow(123456789, 65537, 2 ** 127 - 1))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13))
m = 1000000007
print(pow(2, m - 1, m), pow(12345, m - 2, m) * 12345 % m)
print(pow(1, 10 ** 9), pow(-1, 10 ** 9 + 1), pow(0, 10))
for b in range(2, 6):
    print(b, [pow(b, e, 11) for e in range(0, 10)])
print(pow(2, 64) == 2 ** 64, pow(2.0, -2), pow(-8, 1 / 3.0 * 3))
print(pow(10, -2), pow(-10, -3), pow(0.0, 0))
x = 7
print(pow(x, 2) + pow(x, 1) + pow(x, 0))
print(pow(2, 127, 2 ** 127 - 1), pow(3, 10 ** 3, 10 ** 5))
