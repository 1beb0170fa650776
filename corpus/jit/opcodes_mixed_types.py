# Many opcodes, each with several operand types, inside compiled functions.
def arith(a, b):
    return [a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +a, a < b, a <= b,
            a > b, a >= b, a == b, a != b]


for a, b in [(7, 3), (-7, 3), (7, -3), (2.5, 0.5), (3, 1.5), (True, 2), (10**20, 7)]:
    print(arith(a, b))


def bits(a, b):
    return [a & b, a | b, a ^ b, a << 3, a >> 1, ~a, a >> 70]


for a, b in [(12, 10), (-12, 10), (True, 3), (2**60, 5)]:
    print(bits(a, b))


def seqs():
    xs = [1, 2, 3]
    xs[0] = "one"
    xs[-1] = 3.0
    t = (4, 5, 6)
    s = "hello"
    d = {"k": 1}
    d["j"] = 2
    st = {1, 2, 3}
    out = [xs[0], xs[-1], t[1], s[1], s[-1], d["j"], len(st), 2 in st, "e" in s,
           xs[0:2], t[::-1], s[1:3]]
    del d["k"]
    out.append(list(d))
    a, *rest = [1, 2, 3, 4]
    out.append(rest)
    out.append(f"{a:>4}|{s!r}|{3.14159:.2f}")
    return out


print(seqs())


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def objects():
    p = Point(3, -4)
    p.x += 1
    total = 0
    for q in [p, Point(1.5, 2)]:
        total += q.norm1()
    return total, p.x, p is p, p is not None, not p


print(objects())


def gen(n):
    for i in range(n):
        yield i * i
    yield from [100, 200]


t = 0
for v in gen(4):
    t += v
print(list(gen(5)), t)


def closures():
    count = 0

    def inc(k=1):
        nonlocal count
        count += k
        return count

    for i in range(5):
        inc()
    inc(k=10)
    return count


print(closures())
x = 10
while x:
    x -= 3 if x > 2 else x
print(x, [i for i in range(10) if i % 3 == 0], {i: i * i for i in range(4)})
