# Uncaught StopIteration carrying a generator's return value.
def pairs():
    yield 1, 2
    return "done"


g = pairs()
print(next(g))
next(g)
