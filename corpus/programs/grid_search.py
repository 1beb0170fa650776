# BFS shortest paths and DFS region labelling on a character grid.

MAZE = """
##########################
#S.....#.........#.......#
#.####.#.#######.#.#####.#
#.#....#.#.....#...#...#.#
#.#.####.#.###.#####.#.#.#
#.#......#.#...#.....#...#
#.########.#.###.#####.###
#..........#.....#......E#
##########################
""".strip().split("\n")

ROWS = len(MAZE)
COLS = len(MAZE[0])


def find(ch):
    for r in range(ROWS):
        c = MAZE[r].find(ch)
        if c >= 0:
            return (r, c)
    return None


def bfs(start, goal):
    queue = [start]
    head = 0
    came = {start: None}
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nr, nc = r + dr, c + dc
            if MAZE[nr][nc] != "#" and (nr, nc) not in came:
                came[(nr, nc)] = cur
                queue.append((nr, nc))
    if goal not in came:
        return None, len(came)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = came[node]
    path.reverse()
    return path, len(came)


start = find("S")
goal = find("E")
path, explored = bfs(start, goal)
print("start", start, "goal", goal)
print("path length", len(path) - 1, "explored", explored)
rows = [list(line) for line in MAZE]
for r, c in path[1:-1]:
    rows[r][c] = "*"
for row in rows:
    print("".join(row))

# DFS (iterative) labelling of connected regions of a pattern
PATTERN = [
    "..##....#..",
    ".###...###.",
    "....#......",
    "##..#..##..",
    "#...#...#.#",
    "..#....##.#",
]
seen = [[False] * len(PATTERN[0]) for _ in PATTERN]
labels = [["."] * len(PATTERN[0]) for _ in PATTERN]
sizes = []
letter = ord("a")
for r in range(len(PATTERN)):
    for c in range(len(PATTERN[0])):
        if PATTERN[r][c] == "#" and not seen[r][c]:
            stack = [(r, c)]
            seen[r][c] = True
            size = 0
            while stack:
                y, x = stack.pop()
                size += 1
                labels[y][x] = chr(letter)
                for dy, dx in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                    ny, nx = y + dy, x + dx
                    if 0 <= ny < len(PATTERN) and 0 <= nx < len(PATTERN[0]):
                        if PATTERN[ny][nx] == "#" and not seen[ny][nx]:
                            seen[ny][nx] = True
                            stack.append((ny, nx))
            sizes.append((chr(letter), size))
            letter += 1
for row in labels:
    print("".join(row))
print("regions:", sizes)


def region_size(pair):
    return pair[1]


print("largest:", max(sizes, key=region_size))
print("by size:", sorted(sizes, key=region_size, reverse=True))
