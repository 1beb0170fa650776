# Tests augmented assignment on list subscripts and nested subscripts
a = [1, 2, 3]
a[0] += 10
a[-1] *= 5
a[1] -= 7
print(a)
a[1] **= 2
a[2] //= 4
a[0] %= 4
print(a)
m = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        m[i][j] += i * 2 + j
        m[i][j] <<= 1
print(m)
s = ["a", "b"]
s[0] += "x"
s[1] *= 3
print(s)
l = [[1], [2]]
l[0] += [9]
l[1] *= 2
print(l)
counts = [0] * 5
for v in [1, 3, 3, 4, 1, 1, 0]:
    counts[v] += 1
print(counts)
b = [5]
i = 0
b[i] |= 2
b[i] ^= 1
b[i] &= 6
b[i] >>= 1
print(b)
