# RecursionError: height of a degenerate binary tree (a long chain of nodes).
def height(node):
    if node is None:
        return 0
    return 1 + max(height(node[1]), height(node[2]))

balanced = [2, [1, None, None], [3, None, None]]
print(height(balanced))
chain = None
for v in range(10):
    chain = [v, None, chain]
print(height(chain))
for v in range(10, 5000):
    chain = [v, None, chain]
print(height(chain))
