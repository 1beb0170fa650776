# Unbounded recursion through a compiled loop ends the program with an uncaught RecursionError.
def walk(node, depth):
    total = 0
    for child in node:
        total += walk(child, depth + 1)
    return total + depth


tree = [[[], []], [[[]]]]
print(walk(tree, 0))
cyc = []
cyc.append(cyc)
print("before")
walk(cyc, 0)
print("never")
