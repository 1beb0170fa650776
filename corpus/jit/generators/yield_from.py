# yield from generators, lists and ranges, recursive yield from (tree walk), return values of yield from.
def inner(n):
    for i in range(n):
        yield i
    return n * 100


def outer():
    r1 = yield from inner(3)
    yield ("r1", r1)
    r2 = yield from inner(0)
    yield ("r2", r2)
    yield from [7, 8]
    yield from range(10, 13)
    yield from "xy"


print(list(outer()))


def walk(tree, depth=0):
    if isinstance(tree, list):
        for sub in tree:
            yield from walk(sub, depth + 1)
    else:
        yield (tree, depth)


t = [1, [2, [3, [4, [5]]]], [], [[6, 7], 8]]
print(list(walk(t)))


def flatten(x):
    for v in x:
        if isinstance(v, (list, tuple)):
            yield from flatten(v)
        else:
            yield v


deep = [0]
for i in range(1, 60):
    deep = [deep, i]
print(sum(flatten(deep)), list(flatten([(1, 2), [3, [4, (5,)]]])))


def counter_gen(limit):
    c = 0
    while c < limit:
        c += 1
        yield c


def chain_many(k):
    for i in range(k):
        yield from counter_gen(i)


print(sum(chain_many(60)), len(list(chain_many(20))))
