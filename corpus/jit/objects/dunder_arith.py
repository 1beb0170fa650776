# __add__/__sub__/__mul__/__eq__/__lt__ etc. on a user class used by operators inside compiled loops.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x and self.y == o.y

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


acc = V(0, 0)
for i in range(1500):
    acc = acc + V(i, 1) * 2 - V(1, 0)
print(acc, -acc)
vs = [V(i % 5, -i) for i in range(12)]
print(sorted(vs)[:4], min(vs), max(vs))
print(V(1, 2) == V(1, 2), V(1, 2) != V(1, 3), V(1, 2) == (1, 2), V(1, 2) in [V(0, 0), V(1, 2)])
cnt = 0
ref = V(2, -7)
for v in vs * 100:
    if v == ref:
        cnt += 1
    if v < ref:
        cnt += 1000
print(cnt)
fv = V(0.5, 1.5)
for i in range(10):
    fv = fv * 1.5
print(fv)
try:
    print(V(1, 1) + 5)
except AttributeError as e:
    print("AttributeError:", e)
print(V(1, 1) > V(0, 0), V(0, 0) > V(1, 1), V(0, 0) < V(1, 1))  # > falls back to the reflected __lt__
