# Dijkstra's shortest paths with a hand-written binary heap.

def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[i] < heap[parent]:
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
        else:
            break


def heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    i = 0
    n = len(heap)
    while True:
        left = 2 * i + 1
        right = left + 1
        smallest = i
        if left < n and heap[left] < heap[smallest]:
            smallest = left
        if right < n and heap[right] < heap[smallest]:
            smallest = right
        if smallest == i:
            break
        heap[i], heap[smallest] = heap[smallest], heap[i]
        i = smallest
    return top


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    visited = set()
    while heap:
        d, u = heap_pop(heap)
        if u in visited:
            continue
        visited.add(u)
        for v, w in graph.get(u, []):
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heap_push(heap, (nd, v))
    return dist, prev


def path_to(prev, source, target):
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    path.reverse()
    return path


edges = [
    ("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10),
    ("B", "D", 15), ("C", "D", 11), ("C", "F", 2), ("D", "E", 6),
    ("E", "F", 9), ("F", "G", 3), ("G", "H", 4), ("E", "H", 12),
    ("H", "I", 1), ("I", "J", 5), ("D", "J", 20),
]
graph = {}
for a, b, w in edges:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))

dist, prev = dijkstra(graph, "A")
for node in sorted(dist):
    print(f"{node}: {dist[node]:3d}  via {' -> '.join(path_to(prev, 'A', node))}")

# a grid graph with pseudo-random weights
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed

N = 12
grid_graph = {}
for r in range(N):
    for c in range(N):
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            rr, cc = r + dr, c + dc
            if 0 <= rr < N and 0 <= cc < N:
                grid_graph.setdefault((r, c), []).append(((rr, cc), 1 + rnd() % 9))
gd, gp = dijkstra(grid_graph, (0, 0))
print("grid corner distance:", gd[(N - 1, N - 1)])
p = path_to(gp, (0, 0), (N - 1, N - 1))
print("path length:", len(p), "first steps:", p[:5])
print("farthest:", max(gd.values()), "total:", sum(gd.values()))

# heap sort using the same heap as a sanity check
h = []
for i in range(20):
    heap_push(h, (rnd() % 100, i))
print([heap_pop(h)[0] for _ in range(20)])
