# Three-level nested list indexed with a layer that does not exist.
cube = [[[x + 3 * y + 9 * z for x in range(3)] for y in range(3)] for z in range(2)]
print(cube[1][2][0], cube[0][0][2])
for z, y, x in [(0, 1, 1), (1, 1, 2), (2, 0, 0)]:
    print((z, y, x), "->", cube[z][y][x])
