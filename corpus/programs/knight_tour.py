# Knight's tour with Warnsdorff's heuristic (deterministic tie-breaking) and knight distances by BFS.

MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]


def onward(board, n, r, c):
    count = 0
    for dr, dc in MOVES:
        nr, nc = r + dr, c + dc
        if 0 <= nr < n and 0 <= nc < n and board[nr][nc] == 0:
            count += 1
    return count


def tour(n, r, c):
    board = [[0] * n for _ in range(n)]
    board[r][c] = 1
    for step in range(2, n * n + 1):
        best = None
        for dr, dc in MOVES:
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < n and board[nr][nc] == 0:
                key = (onward(board, n, nr, nc), nr, nc)
                if best is None or key < best:
                    best = key
        if best is None:
            return board, step - 1
        r, c = best[1], best[2]
        board[r][c] = step
    return board, n * n


def valid(board, n):
    pos = {}
    for r in range(n):
        for c in range(n):
            pos[board[r][c]] = (r, c)
    for k in range(1, n * n):
        (r1, c1), (r2, c2) = pos[k], pos[k + 1]
        if sorted([abs(r1 - r2), abs(c1 - c2)]) != [1, 2]:
            return False
    return True


for n in (5, 6, 8):
    board, visited = tour(n, 0, 0)
    print(f"{n}x{n} from corner: visited {visited}/{n * n}")
    if visited == n * n:
        for row in board:
            print("  " + " ".join(f"{v:2d}" for v in row))
        print("  valid:", valid(board, n))

n = 8
dist = [[-1] * n for _ in range(n)]
dist[0][0] = 0
queue = [(0, 0)]
i = 0
while i < len(queue):
    r, c = queue[i]
    i += 1
    for dr, dc in MOVES:
        nr, nc = r + dr, c + dc
        if 0 <= nr < n and 0 <= nc < n and dist[nr][nc] < 0:
            dist[nr][nc] = dist[r][c] + 1
            queue.append((nr, nc))
print("knight distances from a1:")
for row in dist:
    print("  " + " ".join(str(d) for d in row))
print("max distance:", max(max(row) for row in dist))
