# Updating a coordinate stored in a tuple.
points = [(0, 0), (1, 2), (3, 1)]
moved = []
for p in points:
    moved.append((p[0] + 1, p[1]))
print(moved)
origin = points[0]
origin[1] = 5
print(origin)
