# Tests bitwise operators & | ^ ~ << >> including negative operands
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(~0, ~-1, ~255)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-1 & 0xff, -256 & 0xff, -5 & -3, -5 | -3, -5 ^ -3)
print(1 << 0, 1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 10, -7 >> 1)
print(5 << 62, (5 << 62) >> 60)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
print((2 ** 70 - 1) ^ (2 ** 69), -(2 ** 70) >> 65)
print(~(2 ** 80))
print(0xdeadbeef & 0xffff, 0xdeadbeef >> 16)
x = 0
for i in range(0, 16, 3):
    x |= 1 << i
print(x, bin(x))
x &= 0xff
print(x)
x ^= 0b101
print(x)
x <<= 2
print(x)
x >>= 3
print(x)
print(True & False, True | False, True ^ True)
print(6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
