# Calling classes (constructors with defaults/keywords/inheritance) repeatedly inside hot loops.
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt


class Pair:
    def __init__(self, a, b=0, *, tag="p"):
        self.a = a
        self.b = b
        self.tag = tag

    def __repr__(self):
        return "Pair(%r, %r, %s)" % (self.a, self.b, self.tag)


class Tagged(Pair):
    def __init__(self, a):
        super().__init__(a, a * 2, tag="t")


head = None
for i in range(2000):
    head = Node(i, head)
s = 0
n = 0
cur = head
while cur is not None:
    s += cur.val
    n += 1
    cur = cur.nxt
print(s, n, head.val, head.nxt.val)
ps = []
for i in range(600):
    if i % 3 == 0:
        ps.append(Pair(i))
    elif i % 3 == 1:
        ps.append(Pair(i, b=i * 0.5))
    else:
        ps.append(Tagged(i))
print(ps[:4], ps[-1])
print(sum(p.b for p in ps), sum(1 for p in ps if p.tag == "t"))
kinds = [Pair, Tagged, Node]
print([type(k(1)).__name__ for k in kinds])
print([int("7"), float("2.5"), str(3), list("ab"), tuple([1]), dict(a=1), bool(0)])
