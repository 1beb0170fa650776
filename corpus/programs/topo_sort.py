# Topological sorting: Kahn's algorithm and DFS, plus cycle detection.

deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "config": ["core", "parser"],
    "parser": ["lexer"],
    "lexer": ["core"],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
    "docs": [],
}


def kahn(graph):
    indeg = {}
    for node in graph:
        indeg.setdefault(node, 0)
        for d in graph[node]:
            indeg.setdefault(d, 0)
    # edge d -> node (d must come first)
    users = {}
    for node in graph:
        for d in graph[node]:
            indeg[node] += 1
            users.setdefault(d, []).append(node)
    ready = sorted(n for n in indeg if indeg[n] == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users.get(n, [])):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(indeg):
        return None
    return order


def dfs_order(graph):
    state = {}
    order = []
    cycle = []
    def_stack = []
    for start in sorted(graph):
        if state.get(start):
            continue
        def_stack.append((start, 0))
        state[start] = 1
        while def_stack:
            node, idx = def_stack.pop()
            children = graph.get(node, [])
            if idx < len(children):
                def_stack.append((node, idx + 1))
                child = children[idx]
                st = state.get(child, 0)
                if st == 0:
                    state[child] = 1
                    def_stack.append((child, 0))
                elif st == 1:
                    cycle.append((node, child))
            else:
                state[node] = 2
                order.append(node)
    return order, cycle


order = kahn(deps)
print("kahn:", " ".join(order))
order2, cyc = dfs_order(deps)
print("dfs: ", " ".join(order2))
print("cycles:", cyc)

pos = {}
for i, n in enumerate(order):
    pos[n] = i
ok = all(pos[d] < pos[n] for n in deps for d in deps[n])
print("kahn order valid:", ok)

cyclic = {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}
print("cyclic kahn:", kahn(cyclic))
o, c = dfs_order(cyclic)
print("cyclic dfs back edges:", c)

# longest path (levels) in the DAG
level = {}
for n in order:
    if deps.get(n):
        level[n] = 1 + max([level[d] for d in deps[n]])
    else:
        level[n] = 0
for n in order:
    print(f"{n:>8}: level {level[n]}")
