# 'yield from' a user iterator evaluates to its StopIteration's value.
class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("ret")
        self.n -= 1
        return self.n
def g():
    r = yield from It(3)
    yield r
    r2 = yield from It(0)
    yield r2
    r3 = yield from [1, 2]
    yield r3
print(list(g()))
for x in It(2):
    pass
def h():
    r = yield from iter([])
    yield r
print(list(h()))
