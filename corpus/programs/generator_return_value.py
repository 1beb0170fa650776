# A generator's return value: StopIteration.value, what `yield from` evaluates to,
# and a plain StopIteration once the generator has finished.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def mission():
    result = yield from countdown(3)
    yield result


print(list(mission()))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)
print(next(countdown(0), "default"))
e = StopIteration(1, 2)
print(e.value, e.args)
