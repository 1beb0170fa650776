# Sparse grid keyed by (row, col) tuples.
cells = {(0, 0): "start", (2, 3): "treasure", (1, 1): "trap"}
for pos in [(0, 0), (1, 1), (2, 3)]:
    print(pos, cells[pos])
print(cells[(3, 2)])
