# Exceptions raised inside generators (in their loops) propagate to the consuming loop; StopIteration semantics.
def risky(n):
    for i in range(n):
        if i == 777:
            raise ValueError("bad item %d" % i)
        yield i * 2


tot = 0
try:
    for v in risky(1000):
        tot += v
except ValueError as e:
    print("ValueError:", e, tot)
g = risky(800)
got = []
try:
    while True:
        got.append(next(g))
except ValueError as e:
    print(len(got), got[-1], str(e))
try:
    next(g)
except StopIteration:
    print("exhausted after error")


def guarded(xs):
    for x in xs:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"


print(list(guarded([5, 0, 2, 0, -3])))


def with_finally(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("gen finally ran")


print(sum(with_finally(5)))


def uses_gen():
    s = 0
    for k in range(5):
        try:
            s += sum(risky(k * 300))
        except ValueError:
            s -= 1
    return s


print(uses_gen())


def gen_key_error(d, keys):
    for k in keys:
        yield d[k]


try:
    print(list(gen_key_error({"a": 1}, ["a", "a", "b"])))
except KeyError as e:
    print("KeyError:", e)
