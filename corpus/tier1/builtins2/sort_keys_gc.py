# Sorting with key functions that allocate, user __lt__, reverse stability, and generators
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __lt__(self, other):
        return self.age < other.age

    def __repr__(self):
        return f"P({self.name!r}, {self.age})"


people = [P("ann", 30), P("bob", 25), P("cy", 30), P("dee", 25), P("eve", 41)]
print(sorted(people))
print(sorted(people, reverse=True))
print(sorted(people, key=lambda p: (p.age, p.name)))
print(sorted(people, key=lambda p: [p.name[-1], str(p.age)], reverse=True))
words = ("pear apple fig banana kiwi cherry date grape lime mango " * 3).split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[::-1])[:6])
xs = [(i * 7919) % 101 for i in range(300)]
ys = list(xs)
ys.sort(key=lambda v: -v)
print(ys[:10], ys[-5:])
ys.sort()
print(ys == sorted(xs), ys[:5])
print(sorted(x / 4 for x in range(-6, 7)))
print(sorted({"b": 1, "a": 2, "c": 0}.items(), key=lambda kv: kv[1]))
print(sorted(["b", "A", "c", "B"], key=str.lower if False else lambda s: s.lower()))
print(sorted([3, 1.5, 2, -0.5, 10 ** 20, True]))


def gen(n):
    for i in range(n):
        yield [i, str(i) * 3]


print(max(gen(50), key=lambda p: p[1]), min(gen(50), key=lambda p: p[1][::-1]))
print(sum(len(p[1]) for p in gen(100)), sum((p[0] / 3 for p in gen(30)), 0.5))
print(max([], default="empty"), min(5, 3, 9, key=lambda v: -v), max("hello"))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    people.sort(key=lambda p: people.append(p) or p.age)
except ValueError as e:
    print("ValueError:", e, len(people))
nested = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]]
nested.sort(reverse=True)
print(nested)
