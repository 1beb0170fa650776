# Slice assignment and deletion on lists (grow, shrink, extended slices, negative bounds) inside loops.
xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[:0] = [-1, -2]
print(xs)
xs[len(xs):] = [100]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
xs[-3:] = []
print(xs)
del xs[1:3]
print(xs)
del xs[::3]
print(xs)
try:
    xs[::2] = [1, 2, 3, 4, 5, 6, 7]
except ValueError as e:
    print("ValueError:", e)
ys = [0] * 6
ys[1:-1] = range(3)
print(ys)
ys[2:2] = "xy"
print(ys)


def rotate(buf, n):
    for i in range(n):
        buf[:] = buf[1:] + buf[:1]
    return buf


print(rotate(list(range(7)), 1000))


def window(n):
    w = []
    sums = []
    for i in range(n):
        w[len(w):] = [i]
        if len(w) > 5:
            del w[:1]
        sums.append(sum(w))
    return sums[-3:], w


print(window(2000))
zs = list(range(20))
for i in range(5):
    zs[i::5] = [v * 10 for v in zs[i::5]]
print(zs)
zs[3:15:4] = ("p", "q", "r")
print(zs)
