# RuntimeError: a generator that raises StopIteration to stop (PEP 479).
def gen():
    yield 1
    raise StopIteration
for x in gen():
    print(x)
