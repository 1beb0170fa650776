# Conway's Game of Life on a small toroidal grid, with a glider and a blinker.

W = 20
H = 12


def empty():
    return [[0] * W for _ in range(H)]


def place(grid, pattern, top, left):
    for r, line in enumerate(pattern):
        for c, ch in enumerate(line):
            if ch == "#":
                grid[(top + r) % H][(left + c) % W] = 1


def step(grid):
    new = empty()
    for r in range(H):
        for c in range(W):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % H][(c + dc) % W]
            if grid[r][c]:
                new[r][c] = 1 if n in (2, 3) else 0
            else:
                new[r][c] = 1 if n == 3 else 0
    return new


def show(grid, gen):
    print(f"generation {gen}, population {sum(map(sum, grid))}")
    for row in grid:
        print("".join("#" if v else "." for v in row))


def signature(grid):
    return tuple(tuple(row) for row in grid)


grid = empty()
place(grid, [".#.", "..#", "###"], 0, 0)
place(grid, ["###"], 6, 12)
place(grid, ["##", "##"], 9, 3)
place(grid, [".##", "##.", ".#."], 3, 8)
seen = {}
history = []
for gen in range(60):
    if gen in (0, 1, 2, 10, 59):
        show(grid, gen)
    sig = signature(grid)
    if sig in seen:
        print("repeat of generation", seen[sig], "at generation", gen)
        break
    seen[sig] = gen
    history.append(sum(map(sum, grid)))
    grid = step(grid)
print("population history:", history)
