# 8-puzzle solved with A* (Manhattan heuristic) using a hand-written heap of tuples.

GOAL = (1, 2, 3, 4, 5, 6, 7, 8, 0)


def manhattan(state):
    d = 0
    for i, v in enumerate(state):
        if v:
            gi = v - 1
            d += abs(i // 3 - gi // 3) + abs(i % 3 - gi % 3)
    return d


def moves(state):
    z = state.index(0)
    r, c = divmod(z, 3)
    out = []
    for dr, dc, name in ((-1, 0, "U"), (1, 0, "D"), (0, -1, "L"), (0, 1, "R")):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 3 and 0 <= nc < 3:
            s = list(state)
            j = nr * 3 + nc
            s[z], s[j] = s[j], s[z]
            out.append((name, tuple(s)))
    return out


def hpush(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[i], h[(i - 1) // 2] = h[(i - 1) // 2], h[i]
        i = (i - 1) // 2


def hpop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(h) and h[l] < h[m]:
                m = l
            if r < len(h) and h[r] < h[m]:
                m = r
            if m == i:
                break
            h[i], h[m] = h[m], h[i]
            i = m
    return top


def solvable(state):
    tiles = [v for v in state if v]
    inv = sum(1 for i in range(len(tiles)) for j in range(i + 1, len(tiles)) if tiles[i] > tiles[j])
    return inv % 2 == 0


def astar(start):
    if not solvable(start):
        return None, 0
    heap = [(manhattan(start), 0, start, "")]
    best = {start: 0}
    expanded = 0
    while heap:
        f, g, state, path = hpop(heap)
        if state == GOAL:
            return path, expanded
        if best.get(state, 99) < g:
            continue
        expanded += 1
        for name, nxt in moves(state):
            ng = g + 1
            if ng < best.get(nxt, 99):
                best[nxt] = ng
                hpush(heap, (ng + manhattan(nxt), ng, nxt, path + name))
    return None, expanded


def show(state):
    for r in range(3):
        print("  " + " ".join(str(v) if v else "_" for v in state[r * 3:r * 3 + 3]))


puzzles = [
    (1, 2, 3, 4, 5, 6, 0, 7, 8),
    (1, 2, 3, 0, 4, 6, 7, 5, 8),
    (4, 1, 3, 7, 2, 6, 0, 5, 8),
    (2, 8, 3, 1, 6, 4, 7, 0, 5),
    (8, 1, 3, 4, 0, 2, 7, 6, 5),
    (1, 2, 3, 4, 5, 6, 8, 7, 0),
]
for p in puzzles:
    show(p)
    path, n = astar(p)
    if path is None:
        print("  unsolvable")
    else:
        print(f"  solved in {len(path)} moves ({path}), expanded {n} states, h={manhattan(p)}")
        s = p
        for ch in path:
            for name, nxt in moves(s):
                if name == ch:
                    s = nxt
        print("  replay reaches goal:", s == GOAL)
