# RecursionError: depth-first search without a visited set on a cyclic graph.
graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d"],
    "d": [],
    "x": ["y"],
    "y": ["z"],
    "z": ["x"],
}

def reach(node):
    found = [node]
    for nxt in graph[node]:
        found.extend(reach(nxt))
    return found

print(sorted(set(reach("a"))))
print(reach("b"))
print(reach("x"))
