# __format__ is called also with an empty spec (format(x), "{}", f"{x}"); a
# StopIteration out of map's or filter's function ends the iteration; PEP 479's
# RuntimeError has the StopIteration as cause and context; builtins have __name__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return f"${self.cents / 100:{spec or '.2f'}}"

    def __str__(self):
        return "Money"


m = Money(1234)
print(format(m), format(m, ".1f"), "{}|{:.0f}".format(m, m), f"{m}|{m:.3f}|{m!s}", str(m))

source = iter([3, 1, 2])
print(list(map(lambda _: next(source), range(10))))
flags = iter([True, False])
print(list(filter(lambda _: next(flags), "abcdef")))


def gen():
    yield 1
    raise StopIteration("inner")


try:
    list(gen())
except RuntimeError as e:
    print(e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

print(len.__name__, max.__name__, "x".upper.__name__, [].append.__name__, abs.__name__)
print(list(map(lambda _: next(iter([])), [1])), next(map(int, "7")))
