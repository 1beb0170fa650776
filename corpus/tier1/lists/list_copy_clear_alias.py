# Tests list copy, clear and aliasing semantics
a = [1, 2, [3, 4]]
b = a
c = a.copy()
d = a[:]
e = list(a)
a.append(5)
print(a, b, c, d, e)
a[2].append(99)
print(a, c)
print(a is b, a is c, a == b, c == d)
b.clear()
print(a, b, len(a))
print(c, d)
x = [0] * 3
grid = [x] * 2
grid[0][0] = 7
print(grid)
grid2 = [[0] * 3 for i in range(2)]
grid2[0][0] = 7
print(grid2)
def mutate(lst):
    lst.append("m")
    lst = [9]
    lst.append("n")
    return lst
orig = [1]
print(mutate(orig), orig)
y = [1, 2]
z = y
y += [3]
print(y, z, y is z)
y = y + [4]
print(y, z, y is z)
w = [1]
w *= 3
print(w)
