# Exceptions raised inside __add__, __eq__, __getitem__, __iter__/__next__ and __init__ called from compiled loops.
class Bad:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative %d" % v)
        self.v = v

    def __add__(self, o):
        if self.v + o > 1000:
            raise OverflowError("sum too big")
        return Bad(self.v + o)

    def __getitem__(self, i):
        if i > self.v:
            raise IndexError("beyond %d" % self.v)
        return i * 2

    def __eq__(self, o):
        raise TypeError("no eq")


b = Bad(0)
steps = 0
try:
    for i in range(100):
        b = b + i
        steps += 1
except OverflowError as e:
    print("OverflowError", e, steps, b.v)
made = []
for v in [3, 2, -1, 5, -7]:
    try:
        made.append(Bad(v).v)
    except ValueError as e:
        made.append(str(e))
print(made)
s = 0
for i in range(10):
    try:
        s += Bad(5)[i]
    except IndexError as e:
        s += 1000
print(s, list(Bad(3)), [x for x in Bad(2)])
try:
    print(Bad(1) == Bad(1))
except TypeError as e:
    print("TypeError", e)
try:
    print(Bad(1) in [Bad(2)])
except TypeError as e:
    print("TypeError in", e)


class Gen:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 500:
            raise KeyError("at 500")
        return self.i


tot = 0
try:
    for v in Gen():
        tot += v
except KeyError as e:
    print("KeyError", e, tot)
