# Properties with @x.setter, @x.deleter and x.getter, and their errors.
class P:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        print("set", val)
        self._v = val
    @v.deleter
    def v(self):
        print("del")
        self._v = None
p = P()
p.v = 5
print(p.v)
del p.v
print(p.v)
class Q:
    @property
    def r(self):
        return 42
q = Q()
try:
    del q.r
except AttributeError as e:
    print(e)
try:
    q.r = 1
except AttributeError as e:
    print(e)
class T:
    def get_x(self):
        return "got"
    x = property(get_x)
    y = x.setter(lambda self, v: print("y set", v))
    @property
    def z(self):
        return "z"
    z = z.getter(lambda self: "z2")
t = T()
print(t.x, t.y, t.z)
t.y = 3
class Temp:
    def __init__(self, c):
        self.celsius = c
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
tt = Temp(100)
print(tt.fahrenheit)
tt.fahrenheit = 32
print(tt.celsius)
for i in range(300):
    tt.fahrenheit = i
print(round(tt.celsius, 3))
