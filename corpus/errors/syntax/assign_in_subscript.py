# SyntaxError: `=` inside a subscript.
grid = [[0] * 3 for _ in range(3)]
row = 1
print(grid[row = 1])
