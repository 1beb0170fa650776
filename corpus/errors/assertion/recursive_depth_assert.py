# An assert inside a recursive tree walk checks that child values are smaller than the parent.
tree = (50, [(30, [(10, []), (20, [])]), (40, [(35, []), (45, [(60, [])])])])

def check_heap(node, depth):
    value, children = node
    print("  " * depth + str(value))
    for child in children:
        assert child[0] < value, f"heap violated: {child[0]} under {value}"
        check_heap(child, depth + 1)

check_heap(tree, 0)
