# Tests ** including negative exponents, zero, and right associativity
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5)
print(2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** 3, (-2) ** 4, -2 ** 2, (-2) ** -1)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(5 ** -1, 4 ** 0.5, 8 ** (1 / 3))
print(2.0 ** 10, 2 ** 10.0, 1.5 ** 2)
print(pow(2, 10), pow(2, -3), pow(3, 4, 5))
print(pow(7, 128, 13), pow(-3, 3, 7), pow(2, 100, 1000000007))
print(pow(10, 20, 7), pow(123456789, 987654321, 1000000009))
print(-3 ** 2, (-3) ** 2)
x = 3
x **= 4
print(x)
print(10 ** 18, 10 ** 19)
print(7 ** 23)
print(0.5 ** 3, (-0.5) ** 3)
print(2 ** -10)
