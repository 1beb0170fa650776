# Grid lookup with an out-of-range column.
grid = [[1, 2, 3], [4, 5, 6]]
total = 0
for r in range(2):
    for c in range(4):
        total += grid[r][c]
        print(r, c, total)
