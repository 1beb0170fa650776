# Augmented assignment with a tuple of targets is not allowed.
x, y = 0, 0
moves = [(1, 2), (3, -1)]
for dx, dy in moves:
    x, y += dx, dy
print(x, y)
