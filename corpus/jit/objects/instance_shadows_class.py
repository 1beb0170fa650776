# An instance attribute starts shadowing a class attribute mid-loop; class attribute changes are seen by other objects.
class Cfg:
    rate = 2
    name = "cls"


def reads(objs, n):
    tot = 0
    trace = []
    for i in range(n):
        o = objs[i % len(objs)]
        tot += o.rate
        if i == 500:
            objs[0].rate = 100          # shadows on one instance only
        if i == 1000:
            Cfg.rate = 3                # class attr changes for the others
        if i == 1500:
            del objs[0].rate            # unshadow
        if i % 250 == 0:
            trace.append((i, tot, objs[0].rate, objs[1].rate))
    return tot, trace


objs = [Cfg(), Cfg(), Cfg()]
tot, tr = reads(objs, 2000)
print(tot)
for t in tr:
    print(t)


class Shape:
    sides = 0

    def describe(self):
        return "%s with %d sides" % (type(self).__name__, self.sides)


class Tri(Shape):
    sides = 3


class Sq(Shape):
    sides = 4


shapes = [Shape(), Tri(), Sq(), Tri()]
shapes[3].sides = 33
print([s.describe() for s in shapes])
Tri.sides = 30
print([s.sides for s in shapes], Shape.sides, Tri.sides)
s = Sq()
s.describe = lambda: "instance override"
print(s.describe(), Sq().describe())
