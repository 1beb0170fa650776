# Asserts that every row of a matrix has the same width, with the row index in the message.
grid = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8],
    [9, 10, 11],
]
width = len(grid[0])
for r, row in enumerate(grid):
    print(r, sum(row))
    assert len(row) == width, f"row {r} has {len(row)} columns, expected {width}"
