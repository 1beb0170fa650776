# super() inside classmethods and inside methods called from hot loops, through two levels of inheritance.
class Base:
    created = 0

    def __init__(self, v):
        self.v = v

    @classmethod
    def make(cls, v):
        Base.created += 1
        return cls(v)

    def score(self, k):
        return self.v + k


class Mid(Base):
    @classmethod
    def make(cls, v):
        return super().make(v * 10)

    def score(self, k):
        return super().score(k) * 2


class Leaf(Mid):
    @classmethod
    def make(cls, v):
        o = super().make(v + 1)
        o.leaf = True
        return o

    def score(self, k):
        return super().score(k) - 1


objs = []
for i in range(300):
    objs.append((Base, Mid, Leaf)[i % 3].make(i))
print(Base.created, [type(o).__name__ for o in objs[:3]], [o.v for o in objs[:6]], objs[2].leaf)
tot = 0
for i, o in enumerate(objs):
    tot += o.score(i)
print(tot)
