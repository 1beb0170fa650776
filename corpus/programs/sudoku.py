# Backtracking sudoku solver with candidate ordering.

PUZZLE = [
    "53..7....",
    "6..195...",
    ".98....6.",
    "8...6...3",
    "4..8.3..1",
    "7...2...6",
    ".6....28.",
    "...419..5",
    "....8..79",
]


def parse(rows):
    grid = []
    for line in rows:
        row = []
        for ch in line:
            if ch == ".":
                row.append(0)
            else:
                row.append(int(ch))
        grid.append(row)
    return grid


def candidates(grid, r, c):
    used = set()
    for i in range(9):
        used.add(grid[r][i])
        used.add(grid[i][c])
    br = (r // 3) * 3
    bc = (c // 3) * 3
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            used.add(grid[i][j])
    return [d for d in range(1, 10) if d not in used]


def find_best(grid):
    best = None
    best_cands = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best_cands):
                    best = (r, c)
                    best_cands = cands
    return best, best_cands


steps = [0]


def solve(grid):
    pos, cands = find_best(grid)
    if pos is None:
        return True
    r, c = pos
    for d in cands:
        steps[0] += 1
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    return False


def show(grid):
    for r in range(9):
        if r % 3 == 0 and r > 0:
            print("------+-------+------")
        parts = []
        for c in range(9):
            if c % 3 == 0 and c > 0:
                parts.append("|")
            v = grid[r][c]
            parts.append(str(v) if v else ".")
        print(" ".join(parts))


def valid(grid):
    for i in range(9):
        if sorted(grid[i]) != list(range(1, 10)):
            return False
        if sorted(grid[r][i] for r in range(9)) != list(range(1, 10)):
            return False
    return True


g = parse(PUZZLE)
show(g)
print()
ok = solve(g)
print("solved:", ok, "valid:", valid(g))
show(g)
print("guesses:", steps[0])
