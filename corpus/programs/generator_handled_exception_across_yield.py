# A generator keeps the exception it is handling across a yield: a bare raise after
# the yield re-raises it.
def gen():
    try:
        raise ValueError("gen")
    except ValueError:
        yield 1
        raise
try:
    print(list(gen()))
except ValueError as e:
    print("caught", e)
def gen2():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as e:
            yield i
            yield str(e)
    try:
        raise
    except RuntimeError as r:
        yield "no active: " + str(r)
print(list(gen2()))
def outer():
    try:
        raise TypeError("outer")
    except TypeError:
        g = gen()
        print(next(g))
        try:
            next(g)
        except ValueError as e:
            print("inner raised", e)
        raise
try:
    outer()
except TypeError as e:
    print("outer re-raised", e)
def many():
    for i in range(300):
        try:
            raise IndexError(i)
        except IndexError:
            yield i
            if i == 299:
                raise
try:
    print(sum(many()))
except IndexError as e:
    print("IndexError", e)
