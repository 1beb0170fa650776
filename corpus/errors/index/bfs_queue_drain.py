# Breadth-first search pops one node too many from an emptied queue.
graph = {1: [2, 3], 2: [4], 3: [4], 4: []}
queue = [1]
seen = [1]
order = []
while len(order) < len(graph) + 1:
    node = queue.pop(0)
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.append(nxt)
            queue.append(nxt)
    print("visited", node, "queue", queue)
