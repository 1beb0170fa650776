# Tests basic int arithmetic: + - * / and unary operators
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b)
print(10 / 2, 1 / 3, -7 / 2)
print(-a, +a, -(-a))
print(a - b * 2, (a - b) * 2)
print(2 + 3 * 4 - 1)
print(100 - 200, 0 - 0, -0)
x = 0
for i in range(1, 11):
    x = x + i * i
print(x)
print(1 + 2 + 3 + 4 + 5)
print(3 * -4, -3 * 4, -3 * -4)
print(0 * 12345, 12345 * 1)
c = 3
c += 4
print(c)
c -= 10
print(c)
c *= -6
print(c)
c //= 4
print(c)
c %= 7
print(c)
c **= 3
print(c)
d = 7
d /= 2
print(d)
print(1_000_000 + 1)
print(0x_ff, 0o_17, 0b_1010)
