# Tests tuples as dict keys and set members, and hash equality of equal tuples
d = {}
d[(0, 0)] = "origin"
d[(1, 2)] = "a"
d[1, 2] = "b"
print(d, len(d))
print(d[(0, 0)], (1, 2) in d, (2, 1) in d)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)), hash(()) == hash(()))
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * y
print(grid)
print(sorted(grid.keys(), reverse=True)[:3])
s = {(1, 2), (2, 1), (1, 2)}
print(len(s), sorted(s))
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) in memo:
        return memo[(r, c)]
    v = paths(r - 1, c) + paths(r, c - 1)
    memo[(r, c)] = v
    return v
print(paths(10, 10), paths(16, 16), len(memo))
