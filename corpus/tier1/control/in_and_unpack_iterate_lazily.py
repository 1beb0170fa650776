# 'in' and unpacking take an iterator's items one at a time: an iterator is
# consumed only as far as needed, and an endless one can be searched.
def gen():
    yield 1
    yield 2
    yield 3
g = gen()
print(1 in g)
print(list(g))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(10 in naturals())
class S:
    def __getitem__(self, i):
        return i
print(5 in S())
try:
    a, b = naturals()
except ValueError as e:
    print(e)
def noisy():
    for i in range(5):
        print("y", i)
        yield i
try:
    a, b = noisy()
except ValueError as e:
    print(e)
try:
    a, b, c = (x for x in "ab")
except ValueError as e:
    print(e)
a, b = (x * 2 for x in [1, 2])
print(a, b)
m = map(str, [1, 2, 3, 4])
print("2" in m, list(m))
f = filter(None, [0, 1, 0, 2, 3])
print(1 in f, list(f))
e = enumerate("abc")
print((1, "b") in e, list(e))
z = zip([1, 2, 3], "xyz")
print((1, "x") in z, list(z))
r = reversed([1, 2, 3, 4])
print(3 in r, list(r))
it = iter(range(10))
print(4 in it, next(it))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 5: raise StopIteration
        return self.i
o = It()
print(2 in o, list(o))
print(7 in It(), 3 in {1: 2}.values(), 2 in {1: 2}.values())
