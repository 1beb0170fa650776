# PEP 479: a StopIteration escaping a generator's body becomes RuntimeError.
def gen():
    yield 1
    raise StopIteration
try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError", e)
try:
    print(list(next(iter([])) for _ in range(3)))
except RuntimeError as e:
    print("RuntimeError", e)
def pairs(it):
    it = iter(it)
    while True:
        yield next(it), next(it)
try:
    print(list(pairs([1, 2, 3, 4, 5])))
except RuntimeError as e:
    print("RuntimeError", e)
def outer():
    yield from gen()
try:
    for x in outer():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError", e)
def ok():
    yield 1
    return 5
g = ok()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def catches():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(catches()))
total = 0
def counted(n):
    for i in range(n):
        yield i
    raise StopIteration("done")
try:
    for v in counted(400):
        total += v
except RuntimeError as e:
    print(total, e)
