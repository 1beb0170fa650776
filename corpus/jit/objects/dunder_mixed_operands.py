# User classes whose dunders accept ints, floats and other instances; operators mixed with builtins in hot loops.
class Mod:
    def __init__(self, v, m=97):
        self.v = v % m
        self.m = m

    def __add__(self, o):
        if isinstance(o, Mod):
            return Mod(self.v + o.v, self.m)
        return Mod(self.v + o, self.m)

    def __mul__(self, o):
        if isinstance(o, Mod):
            return Mod(self.v * o.v, self.m)
        return Mod(self.v * o, self.m)

    def __sub__(self, o):
        return self + (-o.v if isinstance(o, Mod) else -o)

    def __eq__(self, o):
        if isinstance(o, Mod):
            return self.v == o.v
        return self.v == o

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Mod) else o)

    def __len__(self):
        return self.v

    def __repr__(self):
        return "Mod(%d)" % self.v


x = Mod(1)
for i in range(2000):
    x = x * 3 + i
    if i % 2:
        x = x - Mod(5)
print(x, len(x), x == x.v, x == Mod(x.v + 97), x < 50, x < Mod(3))
p = Mod(1, 1000003)
for i in range(1, 500):
    p = p * i
print(p, p == 0)
vals = [Mod(i * 13) for i in range(20)]
print(sorted(vals)[:5], min(vals), max(vals), vals.count(Mod(13)), Mod(26) in vals, vals.index(Mod(39)))
fl = Mod(10)
try:
    print(fl * 2.5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(3 + Mod(1))
except TypeError as e:
    print("TypeError:", e)
