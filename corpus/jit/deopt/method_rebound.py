# A method on a class (and on one instance) is replaced mid-loop; the hot call site must call the new target.
class Shape:
    def __init__(self, k):
        self.k = k

    def area(self):
        return self.k * self.k


def total(objs, n, swap_at):
    t = 0
    trace = []
    for i in range(n):
        o = objs[i % len(objs)]
        t += o.area()
        if i == swap_at:
            Shape.area = lambda self: self.k * 0.5
        if i == swap_at * 2:
            objs[0].area = lambda: -1000
        if i % 250 == 0:
            trace.append(t)
    return t, trace


objs = [Shape(i) for i in range(5)]
print(total(objs, 2000, 600))
print([o.area() for o in objs])


def triple(self):
    return self.k * 3


Shape.area = triple
del objs[0].area
print([o.area() for o in objs], total(objs, 10, 10 ** 6))


class Base:
    def f(self):
        return 1


class Child(Base):
    pass


c = Child()
res = []
for i in range(1000):
    res.append(c.f())
    if i == 400:
        Child.f = lambda self: 2
    if i == 800:
        del Child.f
print(res[398:403], res[798:803], sum(res))
