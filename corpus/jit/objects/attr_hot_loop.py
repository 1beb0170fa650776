# Attribute reads and writes on instances in hot loops (ints, floats, lists), many objects, attribute-added-later.
class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v
        self.hits = 0


def simulate(ps, steps):
    for s in range(steps):
        for p in ps:
            p.x += p.v
            if p.x < 0 or p.x > 100:
                p.v = -p.v
                p.hits += 1
    return [(round(p.x, 6), p.v, p.hits) for p in ps]


ps = [Particle(i * 10, (i % 4) - 1.5) for i in range(8)]
for r in simulate(ps, 250):
    print(r)
ip = [Particle(i, i % 3 + 1) for i in range(5)]
print(simulate(ip, 300))


class Counter:
    pass


c = Counter()
c.n = 0
for i in range(2000):
    c.n = c.n + 1
    if i == 1000:
        c.extra = []
    if i > 1000 and i % 200 == 0:
        c.extra.append(c.n)
print(c.n, c.extra)
try:
    print(Counter().n)
except AttributeError as e:
    print("AttributeError:", e)
