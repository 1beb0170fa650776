# Tests floor division and modulo with all sign combinations
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 10), (-1, 10), (1, -10), (-1, -10)]
for a, b in pairs:
    print(a, b, a // b, a % b)
for a, b in pairs:
    q = a // b
    r = a % b
    print(q * b + r == a, end=" ")
print()
print(-13 // 4, -13 % 4)
print(13 // -4, 13 % -4)
print(-100 // 7, -100 % 7)
print(100 // -7, 100 % -7)
print(-1 // 1, -1 % 1)
print(5 % 5, -5 % 5, 5 % -5)
print(123456789 // 1000, 123456789 % 1000)
print(-123456789 // 1000, -123456789 % 1000)
