# range loops whose bounds and steps are around 2**47, 2**63 and beyond (loop counter crosses into boxed ints).
def walk(a, b, s=1):
    out = []
    for i in range(a, b, s):
        out.append(i)
        out.append(i - a)
    return out


L = 140737488355328
print(walk(L - 3, L + 3))
print(walk(-L + 3, -L - 3, -1))
print(walk(2 ** 63 - 2, 2 ** 63 + 2))
print(walk(-(2 ** 63) - 2, -(2 ** 63) + 2))
print(walk(2 ** 90, 2 ** 90 + 10, 3))
print(walk(0, 2 ** 64, 2 ** 62))
print(walk(2 ** 64, 0, -(2 ** 62)))
r = range(0, 2 ** 80, 2 ** 70)  # bounds kept under 2**100 (Krait's range limit)
print(len(r), r[-1], 2 ** 75 in r, 2 ** 75 + 1 in r)


def count(a, n):
    c = 0
    last = None
    for i in range(a, a + n):
        c += i & 1
        last = i
    return c, last


print(count(L - 500, 1000))
print(count(2 ** 63 - 500, 1000))
print(count(-L - 500, 1000))
