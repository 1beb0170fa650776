# Tests true division results for many int and float operands
for a in [1, 2, 3, 7, 10, -1, -22, 100]:
    print(a, [a / b for b in [1, 3, 7, -9, 16]])
print(1 / 10, 1 / 100, 1 / 1000, 1 / 10000, 1 / 100000)
print(2 / 3 * 3, 1 / 3 + 1 / 3 + 1 / 3)
print(10 ** 20 / 10 ** 10, 2 ** 100 / 2 ** 50)
print(1 / 2 ** 60, 3 / 1e-300)
print(0 / 5, -0 / 5, 0.0 / -5)
print(1e308 / 1e-10)
print(355 / 113, 103993 / 33102)
x = 1.0
for i in range(10):
    x /= 3
print(x)
print(7 / 7, 0.1 / 3, 1 / 0.1, 3 / 0.3)
print(-1 / 3, 1 / -3, -1 / -3)
print(1e-320 / 10, 1e300 / 1e-10)
y = 100.0
y /= 8
print(y, 100 / 8, 100 // 8, 100.0 // 8)
