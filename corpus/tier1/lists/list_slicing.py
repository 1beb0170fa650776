# Tests list slicing with negative indices, steps, and out-of-range bounds
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-3], a[-5:-2])
print(a[::2], a[1::3], a[::-1], a[::-3], a[8:1:-2], a[-1:-5:-1])
print(a[100:], a[-100:2], a[5:2], a[3:3], a[9:100])
print(a[:], a[:] is a, a[:] == a)
print(a[0], a[-1], a[-10], a[len(a) // 2])
b = [[1, 2], [3, 4], [5, 6]]
print(b[1][0], b[-1][-1], b[::2], b[1:][0][1])
print(a[2:8][::2][1:], a[::-1][::-1] == a)
for i in range(-3, 4):
    print(i, a[i:i + 3], a[:i])
s = a[1:9:3]
print(s, len(s))
b = ["a", "b", "c", "d", "e"]
print(b[1:-1], b[-2::-1], b[:1:-1], b[::4], b[4:0:-2])
print(b[-1:], b[:-1], b[-100:100], b[3:1], b[1:3:-1])
c = b[:]
c[0] = "z"
print(b[0], c[0])
