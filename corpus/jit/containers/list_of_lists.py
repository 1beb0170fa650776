# Lists of lists built, mutated and read in nested compiled loops (grids, jagged rows, row swaps, aliasing).
def life_step(g):
    h = len(g)
    w = len(g[0])
    new = [[0] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += g[(r + dr) % h][(c + dc) % w]
            new[r][c] = 1 if n == 3 or (n == 2 and g[r][c]) else 0
    return new


g = [[0] * 8 for _ in range(8)]
g[1][2] = g[2][3] = g[3][1] = g[3][2] = g[3][3] = 1
for step in range(8):
    g = life_step(g)
for row in g:
    print("".join(".#"[v] for v in row))
jag = [list(range(i)) for i in range(8)]
tot = 0
for row in jag:
    for v in row:
        tot += v
print(tot, [len(r) for r in jag])
jag[3], jag[5] = jag[5], jag[3]
jag[0].append("x")
print(jag[:6])
tri = [[1]]
for i in range(1, 15):
    prev = tri[-1]
    tri.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
print(tri[-1], sum(tri[-1]))
row = [0, 0]
shared = [row, row, row]
shared[1][0] = 5
print(shared, shared[0] is shared[2])
