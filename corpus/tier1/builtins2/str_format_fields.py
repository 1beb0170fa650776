# str.format: auto/manual numbering, keywords, attribute and index paths, conversions, nested specs
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
print("{} + {} = {}".format(1, 2, 3), "{1} {0} {1}".format("a", "b"), "{{literal}} {}".format("x"))
print("{name} is {age} years".format(name="Ann", age=30), "{0} {n}".format(5, n=6))
print("{0.x},{0.y} norm2={0.norm2} {0!r} {0!s} {0}".format(p))
print("{p.x:>5}|{p.y:<5}|{p.norm2:^7}|".format(p=p))
print("{0[0]} {0[2]} {1[k]} {1[k2][1]}".format([10, 20, 30], {"k": "v", "k2": (7, 8)}))
print("{:>{}}|{:^{w}.{p}f}|{:{fill}<6}".format("r", 6, 3.14159, "L", w=10, p=2, fill="*"))
print("{!r:>8} {!a} {:08.3f} {:+d} {:x} {:#o} {:,}".format("hi", "é", -3.5, 7, 255, 8, 1234567))
print("{:%} {:.1%} {:e} {:g} {:.3g}".format(0.25, 0.125, 12345.678, 0.0001, 2.0 / 3))
print("{0:{1}}".format(42, "05d"), "{:s}".format("str"), "{:>3}".format("ab"), "{}".format(None))
print("{0}{0}{0}".format("ab"), "{:c}".format(65), "{:b}".format(10), "{:_}".format(10 ** 8))
cases = [
    lambda: "{} {}".format(1),
    lambda: "{0} {}".format(1, 2),
    lambda: "{} {0}".format(1, 2),
    lambda: "{x}".format(y=1),
    lambda: "{0[5]}".format([1]),
    lambda: "{0.z}".format(p),
    lambda: "{!x}".format(1),
    lambda: "{:d}".format("a"),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{0[}".format(1),
    lambda: "{:{:{}}}".format(1, 2, 3),
]
for f in cases:
    try:
        print(f())
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
