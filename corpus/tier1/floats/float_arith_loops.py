# Tests accumulation and iteration with floats (repr after each step)
x = 0.0
for i in range(12):
    x += 0.1
    print(i, x)
y = 1.0
while y > 1e-6:
    y /= 7
print(y)
z = 1.0
for i in range(30):
    z *= 1.5
print(z)
s = 0.0
for k in range(1, 1000):
    s += 1.0 / (k * k)
print(s)
h = 0.0
for k in range(1, 51):
    h += 1 / k
print(h)
print(sum([1.5, 2.25, 3.125]), sum([0.1, 0.2, 0.3]))
