# Builtins that hold fresh values while calling back into Python code
class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return [i, "x" * i]


class Mapping:
    def keys(self):
        return [str(i) for i in range(4)]

    def __getitem__(self, k):
        return [k] * 2


class Box:
    def __init__(self, v):
        self.v = v

    @property
    def doubled(self):
        return [self.v, self.v]

    def __lt__(self, other):
        return [self.v] < [other.v]

    def __repr__(self):
        return "Box(" + str(self.v) + ")"


def fresh(n):
    for i in range(n):
        yield [i, str(i) * 2, (i, i)]


print(sum(([i] for i in range(40)), []))
print(max(fresh(30), key=lambda p: [p[1]]), min(fresh(30), key=lambda p: (-p[0], str(p))))
print(list(zip(fresh(3), fresh(4), map(str, fresh(5)))))
print(list(map(lambda a, b: a + b, fresh(4), fresh(3))))
print(list(reversed(Seq(4))), list(enumerate(fresh(3), start=10 ** 20)))
print(sorted(fresh(10), key=lambda p: [str(-p[0])]), sorted([Box(i * 37 % 11) for i in range(12)]))
print(set([1, 2]).union(tuple(p) for p in fresh(3)) == {1, 2, (0, "00", (0, 0)), (1, "11", (1, 1)), (2, "22", (2, 2))})
print(len(set(range(5)).union(str(i) for i in range(100))), set(range(20)).intersection(i * 3 for i in range(10)))
d = {}
d.update(Mapping())
print(d, dict(Mapping().__getitem__("z") and [("k", [1])]))
print("{0.doubled} {0.doubled[1]} {1[0][1]}".format(Box(7), list(fresh(2))))
import math

print(math.prod(i * 10 ** 20 for i in range(1, 6)), math.fsum(i / 10 for i in range(20)))
print(any(p[0] > 5 for p in fresh(10)), all(len(p[1]) >= 2 for p in fresh(10)))
print("-".join(str(p[0]) for p in fresh(12)), sorted(set(str(p[2]) for p in fresh(4))))
print(list(filter(lambda p: p[0] % 2, fresh(6))))
