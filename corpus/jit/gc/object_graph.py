# Many user objects linking to each other (trees, cycles) created in compiled loops; walk and verify afterwards.
class Node:
    def __init__(self, val):
        self.val = val
        self.kids = []
        self.parent = None


def build(n):
    root = Node(0)
    nodes = [root]
    for i in range(1, n):
        p = nodes[(i - 1) // 3]
        c = Node(i)
        c.parent = p
        p.kids.append(c)
        nodes.append(c)
        tmp = [Node(-i) for _ in range(2)]   # garbage
        tmp[0].parent = tmp[1]
        tmp[1].parent = tmp[0]               # cycle garbage
    return root


def walk(root):
    stack = [root]
    total = 0
    count = 0
    depth_max = 0
    while stack:
        n = stack.pop()
        total += n.val
        count += 1
        d = 0
        p = n.parent
        while p is not None:
            d += 1
            p = p.parent
        depth_max = max(depth_max, d)
        stack.extend(n.kids)
    return total, count, depth_max


r = build(2000)
print(walk(r))
print(r.kids[0].val, r.kids[2].kids[1].val, r.kids[1].parent is r)
ring = [Node(i) for i in range(100)]
for i in range(100):
    ring[i].parent = ring[(i + 1) % 100]
n = ring[0]
for _ in range(1234):
    n = n.parent
print(n.val)
