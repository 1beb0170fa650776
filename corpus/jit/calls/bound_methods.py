# Bound methods stored in variables and containers, called in hot loops; list/str/dict bound methods too.
class Acc:
    def __init__(self, start):
        self.v = start

    def add(self, x):
        self.v += x
        return self.v

    def get(self):
        return self.v


a = Acc(0)
b = Acc(0.5)
add_a = a.add
add_b = b.add
for i in range(2000):
    add_a(i)
    add_b(1)
print(a.get(), b.get(), add_a(0))
methods = [a.add, b.add, Acc(100).add]
print([m(1) for m in methods])
xs = []
push = xs.append
for i in range(1000):
    push(i % 7)
print(len(xs), xs[:10])
counts = {}
get = counts.get
for ch in "abracadabra" * 50:
    counts[ch] = get(ch, 0) + 1
print(sorted(counts.items()))
up = "hello".upper
print(up(), "x-y-z".split("-"), ",".join(map(str, [1, 2])))
unbound = Acc.add
c = Acc(10)
print(unbound(c, 5), c.v)
g = a.get
a.v = "replaced"
print(g())
