# A generator resumed after `yield` at the end of a loop body re-enters its compiled
# loop directly: values, exceptions (caught inside and outside), type changes, the
# generator's return value and allocation in the loop must all behave as CPython.


def evens(xs):
    for x in xs:
        yield x * 2


print(sum(evens(range(1000))))
print(sum(x for x in [1, 2.5, True, 3]))
# Small ints summed past 2**47 become a big int.
big = 2**46
print(sum(big for _ in range(10)))
print(sum(x for x in [big, big, big, -big]))
print(sum((x for x in range(5)), 10**20))


def shifting():
    # The yielded register holds an int, then a float, then a str.
    v = 0
    for i in range(30):
        if i == 10:
            v = 0.5
        elif i == 20:
            v = "s"
        yield v
        if isinstance(v, str):
            v = v + "t"
        else:
            v = v + 1


print(list(shifting()))


def careful(xs):
    for x in xs:
        try:
            y = 100 // x
        except ZeroDivisionError:
            y = -1
        yield y


print(list(careful([5, 0, 3, 0, 1, 7])))


def counted(n):
    for i in range(n):
        yield i
    return n * 10


def outer():
    got = yield from counted(4)
    yield got


print(list(outer()))


def words(n):
    for i in range(n):
        yield "w" + str(i % 97)


print(sum(len(w + "-") for w in words(200000)))
print(max(len(row) for row in ([i] * (i % 50) for i in range(20000))))


def pairs(xs):
    for a in xs:
        for b in xs:
            yield (a, b)


print(len(list(pairs(list(range(60))))), sorted(pairs([3, 1]))[:3])


def blows_up(xs):
    for x in xs:
        yield 10 // x


g = blows_up([5, 2, 1, 0, 4])
print(next(g), next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("caught:", e)
print(list(g))
print(sum(blows_up([1, 2, 0])))
