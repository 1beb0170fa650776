# Union-find with path compression and union by rank; Kruskal's MST.

def make_set(n):
    return list(range(n)), [0] * n


def find(parent, x):
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        nxt = parent[x]
        parent[x] = root
        x = nxt
    return root


def union(parent, rank, a, b):
    ra = find(parent, a)
    rb = find(parent, b)
    if ra == rb:
        return False
    if rank[ra] < rank[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    if rank[ra] == rank[rb]:
        rank[ra] += 1
    return True


parent, rank = make_set(16)
pairs = [(0, 1), (2, 3), (4, 5), (1, 3), (6, 7), (8, 9), (7, 9), (10, 11), (12, 13), (3, 5), (14, 15), (13, 15), (0, 5)]
for a, b in pairs:
    merged = union(parent, rank, a, b)
    print(f"union({a:2d}, {b:2d}) -> {'merged' if merged else 'already joined'}")

groups = {}
for x in range(16):
    groups.setdefault(find(parent, x), []).append(x)
print("components:", len(groups))
for members in sorted(groups.values()):
    print("  ", members)

# Kruskal on a weighted graph
edges = []
seed = 7
for u in range(20):
    for v in range(u + 1, 20):
        seed = (seed * 48271) % 2147483647
        if seed % 4 == 0:
            edges.append((seed % 97 + 1, u, v))
edges.sort()
parent, rank = make_set(20)
mst = []
for w, u, v in edges:
    if union(parent, rank, u, v):
        mst.append((u, v, w))
print("edges in graph:", len(edges))
print("mst edges:", len(mst), "weight:", sum(w for _, _, w in mst))
for u, v, w in mst[:8]:
    print(f"  {u:2d} - {v:2d}  ({w})")
roots = set(find(parent, x) for x in range(20))
print("spanning:", len(roots) == 1)

# percolation-style: count how many random unions until everything is joined
parent, rank = make_set(50)
count = 50
steps = 0
seed = 99
while count > 1:
    seed = (seed * 1103515245 + 12345) % 2147483648
    a = (seed >> 8) % 50
    seed = (seed * 1103515245 + 12345) % 2147483648
    b = (seed >> 8) % 50
    steps += 1
    if union(parent, rank, a, b):
        count -= 1
print("random unions needed:", steps)
