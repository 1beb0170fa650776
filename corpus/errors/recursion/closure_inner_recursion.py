# RecursionError: a nested helper recurses on the wrong variable.
def count_nodes(tree):
    seen = []
    def visit(node):
        seen.append(node[0])
        for child in node[1]:
            visit(node)
        return len(seen)
    return visit(tree)

leaf = ("leaf", [])
print(count_nodes(leaf))
print(count_nodes(("root", [leaf])))
