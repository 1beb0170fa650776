# Constructors that build a structure recursively: each level is a class call and an
# __init__ frame, both counted against the recursion limit (as CPython counts them).
class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n > 0 else None


def depth(t):
    d = 0
    while t is not None:
        d += 1
        t = t.child
    return d


print(depth(Node(300)), depth(Node(450)))


class Probe:
    def __init__(self, n):
        try:
            self.deepest = Probe(n + 1).deepest
        except RecursionError as e:
            self.deepest = (n, str(e))


print(Probe(0).deepest)
