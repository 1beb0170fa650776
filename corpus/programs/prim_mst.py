# Prim's minimum spanning tree on points in the plane (float distances), and its total length.

seed = 4242


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648


points = [(round(rnd() * 100, 2), round(rnd() * 100, 2)) for _ in range(25)]


def dist(a, b):
    dx = a[0] - b[0]
    dy = a[1] - b[1]
    return (dx * dx + dy * dy) ** 0.5


n = len(points)
in_tree = [False] * n
best = [float("inf")] * n
parent = [-1] * n
best[0] = 0.0
edges = []
for _ in range(n):
    u = -1
    for v in range(n):
        if not in_tree[v] and (u == -1 or best[v] < best[u]):
            u = v
    in_tree[u] = True
    if parent[u] != -1:
        edges.append((parent[u], u, best[u]))
    for v in range(n):
        if not in_tree[v]:
            d = dist(points[u], points[v])
            if d < best[v]:
                best[v] = d
                parent[v] = u

print("points:", points[:5], "...")
total = 0.0
for u, v, w in edges:
    total += w
print("edges:", len(edges))
for u, v, w in edges[:10]:
    print(f"  {u:2d} -> {v:2d}  {w:8.3f}")
print(f"total length: {total:.6f}")
degree = [0] * n
for u, v, w in edges:
    degree[u] += 1
    degree[v] += 1
print("degrees:", degree)
print("leaves:", [i for i in range(n) if degree[i] == 1])


def edge_weight(e):
    return e[2]


print("longest edge: %d-%d %.4f" % max(edges, key=edge_weight))
print("shortest edge: %d-%d %.4f" % min(edges, key=edge_weight))
cx = sum(p[0] for p in points) / n
cy = sum(p[1] for p in points) / n
print(f"centroid: ({cx:.4f}, {cy:.4f})")
