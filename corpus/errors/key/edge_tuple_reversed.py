# Directed edge weights keyed by (src, dst); the path walks an edge backwards.
weights = {("a", "b"): 4, ("b", "c"): 2, ("c", "d"): 7, ("d", "a"): 1}
def path_cost(path):
    cost = 0
    for i in range(len(path) - 1):
        edge = (path[i], path[i + 1])
        cost += weights[edge]
        print("  edge", edge, "running", cost)
    return cost

print(path_cost(["a", "b", "c", "d"]))
print(path_cost(["d", "a", "b", "a"]))
