# Calls of things other than plain functions from compiled loops (builtins, classes,
# bound methods, builtins calling back into Python), each also raising: the JIT's call
# helper runs them as the interpreter's Call does.


class Point:
    def __init__(self, x, y):
        if x < 0:
            raise ValueError("negative x")
        self.x, self.y = x, y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def work(n):
    total = 0
    bad = 0
    for i in range(n):
        total += int(str(i)[::-1])
        total += len(range(i % 5))
        p = Point(i, -i)
        m = p.norm1
        total += m()
        total += sorted([i % 3, i % 7, 1], key=lambda v: -v)[0]
        total += sum(map(abs, [i, -i]))
        try:
            int("x" * (i % 2) + "1")
        except ValueError:
            bad += 1
        try:
            Point(-i - 1, 0)
        except ValueError:
            bad += 1
        for _ in range(i % 3):
            total += 1
    return total, bad


print(work(400))
try:
    work(3)[0] + None
except TypeError as e:
    print("TypeError:", e)
print(max(range(10), key=lambda v: v % 4), min("hello"), divmod(17, 5))
print(work(2)[1] // 0)
