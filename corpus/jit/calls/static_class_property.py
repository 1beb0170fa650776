# staticmethod, classmethod and property used inside hot loops, read-only property assignment, class counters.
class Temp:
    count = 0

    def __init__(self, c):
        self._c = c
        Temp.count += 1

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @property
    def c(self):
        return self._c

    def set_c(self, v):
        self._c = v

    @staticmethod
    def conv(c):
        return c * 2 + 1

    @classmethod
    def make(cls, c):
        return cls(c)

    @classmethod
    def how_many(cls):
        return cls.count


tot = 0.0
t = Temp(0)
for i in range(1500):
    t.set_c(i % 100)
    tot += t.f
    tot += Temp.conv(i) + t.conv(1)
print(tot, t.c, t.f)
objs = [Temp.make(i) for i in range(10)]
print(Temp.how_many(), objs[3].f, objs[9].c, Temp.count)


class Sub(Temp):
    @classmethod
    def make(cls, c):
        o = cls(c * 10)
        return o


s = Sub.make(3)
print(s.c, isinstance(s, Sub), Sub.how_many(), Sub.conv(4))
try:
    t.f = 5
except AttributeError as e:
    print("AttributeError")


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


vs = [Vec(i, i * 0.5) for i in range(800)]
s = 0
for v in vs:
    s += v.norm2
print(s)
