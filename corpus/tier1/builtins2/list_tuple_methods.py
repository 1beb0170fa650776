# list/tuple/int/float methods: index ranges, removal with __eq__, errors
class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Loose) and self.v % 10 == other.v % 10

    def __repr__(self):
        return f"Loose({self.v})"


xs = [Loose(1), Loose(12), Loose(21)]
xs.remove(Loose(11))
print(xs, xs.index(Loose(2)), xs.count(Loose(31)), Loose(2) in xs)
a = [5, 3, 5, 1, 5]
print(a.index(5), a.index(5, 1), a.index(5, -2), a.index(1, -10, 10), a.count(5), a.count(9))
a.insert(0, 0)
a.insert(-1, 9)
a.insert(100, 7)
a.insert(-100, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.extend(range(3))
a.extend("ab")
a.extend((x * x for x in range(3)))
a += [None]
print(a)
b = a.copy()
b.reverse()
print(b, a is b, b.clear(), b)
t = (1, 2, 1, 3, 1)
print(t.count(1), t.index(3), t.index(1, 1), t.index(1, 3, 5))
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100).bit_length(), True.bit_length())
print((2.0).is_integer(), (2.5).is_integer(), (-0.0).is_integer(), float("inf").is_integer())
m = [[3, 2], [1], [2, 2, 2]]
m.sort(key=len, reverse=True)
print(m)
m.sort()
print(m)
cases = [
    lambda: [].pop(),
    lambda: [1].pop(3),
    lambda: [1].remove(2),
    lambda: [1, 2].index(3),
    lambda: ["a"].index("b"),
    lambda: (1, 2).index(5),
    lambda: [].append(),
    lambda: [].insert(1),
    lambda: [].sort(1),
    lambda: [].sort(k=1),
    lambda: [1].pop("a"),
    lambda: [].extend(5),
    lambda: [].reverse(1),
    lambda: [].append(1, x=2),
]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
