# User objects with __hash__/__eq__ used as dict keys and set members in hot loops.
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Pt(%d,%d)" % (self.x, self.y)


grid = {}
for i in range(2000):
    p = Pt(i % 10, i % 7)
    grid[p] = grid.get(p, 0) + 1
print(len(grid), grid[Pt(3, 3)], grid[Pt(9, 6)], Pt(10, 0) in grid)
seen = set()
dups = 0
for i in range(1000):
    p = Pt((i * 7) % 31, (i * 3) % 5)
    if p in seen:
        dups += 1
    seen.add(p)
print(len(seen), dups)
keys = sorted(grid, key=lambda p: (p.y, p.x))
print(keys[:5], keys[-2:])


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return 1          # all collide

    def __eq__(self, o):
        return self.k == o.k


d = {}
for i in range(200):
    d[Key(i % 50)] = i
print(len(d), d[Key(7)], d[Key(49)])
