# Spiral traversal, rotation, and other 2-D list manipulations.

def spiral_order(m):
    out = []
    top, bottom = 0, len(m) - 1
    left, right = 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(m[top][c])
        top += 1
        for r in range(top, bottom + 1):
            out.append(m[r][right])
        right -= 1
        if top <= bottom:
            for c in range(right, left - 1, -1):
                out.append(m[bottom][c])
            bottom -= 1
        if left <= right:
            for r in range(bottom, top - 1, -1):
                out.append(m[r][left])
            left += 1
    return out


def spiral_fill(n):
    m = [[0] * n for _ in range(n)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or m[nr][nc]:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m


def rotate(m):
    return [list(row) for row in zip(*m[::-1])]


def show(m):
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(w) for x in row))


grid = [[r * 4 + c for c in range(4)] for r in range(3)]
show(grid)
print("spiral:", spiral_order(grid))
print("rotated:")
show(rotate(grid))
print("rotated 4x equals original:", rotate(rotate(rotate(rotate(grid)))) == grid)
s = spiral_fill(6)
show(s)
print("spiral of spiral is sorted:", spiral_order(s) == list(range(1, 37)))
print("diagonals:", [s[i][i] for i in range(6)], [s[i][5 - i] for i in range(6)])
print("row sums:", [sum(r) for r in s], "col sums:", [sum(c) for c in zip(*s)])
flat = [x for row in s for x in row]
print("flat slice:", flat[::7], flat[-3:], flat[5:1:-1])
t = [row[:] for row in s]
t[0][0] = 999
print("copy independent:", s[0][0], t[0][0])
shallow = s[:]
shallow[1][1] = -1
print("shallow shares rows:", s[1][1])
chunks = [flat[i:i + 9] for i in range(0, len(flat), 9)]
print(chunks)
