# All-pairs shortest paths with Floyd-Warshall, path reconstruction and negative cycle detection.

INF = float("inf")


def floyd(n, edges):
    dist = [[INF] * n for _ in range(n)]
    nxt = [[-1] * n for _ in range(n)]
    for i in range(n):
        dist[i][i] = 0
        nxt[i][i] = i
    for u, v, w in edges:
        if w < dist[u][v]:
            dist[u][v] = w
            nxt[u][v] = v
    for k in range(n):
        dk = dist[k]
        for i in range(n):
            dik = dist[i][k]
            if dik == INF:
                continue
            di = dist[i]
            for j in range(n):
                if dik + dk[j] < di[j]:
                    di[j] = dik + dk[j]
                    nxt[i][j] = nxt[i][k]
    return dist, nxt


def path(nxt, u, v):
    if nxt[u][v] == -1:
        return None
    p = [u]
    while u != v:
        u = nxt[u][v]
        p.append(u)
    return p


edges = [(0, 1, 3), (0, 2, 8), (0, 4, -4), (1, 3, 1), (1, 4, 7), (2, 1, 4), (3, 0, 2), (3, 2, -5), (4, 3, 6)]
dist, nxt = floyd(5, edges)
print("     " + "".join(f"{j:>5}" for j in range(5)))
for i in range(5):
    print(f"{i:>5}" + "".join(f"{d:>5}" for d in dist[i]))
for u, v in ((0, 2), (2, 4), (4, 1), (1, 0)):
    print(f"path {u}->{v}: {path(nxt, u, v)} cost {dist[u][v]}")

dist2, nxt2 = floyd(4, [(0, 1, 1), (1, 2, 1), (2, 0, 1)])
print("unreachable:", dist2[0][3], path(nxt2, 0, 3), dist2[3][3])
print("inf arithmetic:", INF + 1, INF > 10 ** 300, -INF < 0, INF == INF, min(INF, 5))

dist3, _ = floyd(3, [(0, 1, 1), (1, 2, -1), (2, 0, -1)])
print("negative cycle:", any(dist3[i][i] < 0 for i in range(3)))

cities = ["Ams", "Ber", "Cop", "Dub", "Edi", "Fra"]
roads = [(0, 1, 577), (0, 5, 440), (1, 2, 437), (1, 5, 545), (2, 4, 1050), (3, 4, 350), (0, 3, 750), (4, 5, 1300)]
both = roads + [(v, u, w) for u, v, w in roads]
d, nx = floyd(len(cities), both)
print("      " + " ".join(f"{c:>5}" for c in cities))
for i, c in enumerate(cities):
    print(f"{c:>5} " + " ".join(f"{x:>5}" for x in d[i]))
far = max((d[i][j], i, j) for i in range(6) for j in range(6))
print("farthest pair:", cities[far[1]], cities[far[2]], far[0], "via", [cities[k] for k in path(nx, far[1], far[2])])
