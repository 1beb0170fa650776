# __context__, __cause__ and __suppress_context__ as CPython sets them: context is
# the exception being handled when another is raised (also in a finally block that
# runs because of an exception, and for errors the runtime raises), cause comes
# from `raise ... from ...`, which also suppresses the context.
def show(e):
    c, k = e.__cause__, e.__context__
    print(type(e).__name__, repr(c), repr(k), e.__suppress_context__)


fresh = ValueError("fresh")
show(fresh)

try:
    try:
        {}["k"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    show(e)

try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as e:
    show(e)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError("quiet") from None
except TypeError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    finally:
        raise TypeError("b")
except TypeError as e:
    show(e)


def fails():
    raise LookupError("in callee")


try:
    try:
        raise KeyError("outer")
    except KeyError:
        fails()
except LookupError as e:
    show(e)

try:
    try:
        raise ValueError("first")
    except ValueError as first:
        saved = first
        raise
except ValueError as e:
    show(e)
    print(e is saved)

made = None
try:
    raise OSError("handled")
except OSError:
    made = KeyError("made here")
show(made)
try:
    raise made
except KeyError as e:
    show(e)

try:
    try:
        raise ValueError("x")
    except ValueError as e:
        raise e
except ValueError as e:
    show(e)
raise RuntimeError("end") from KeyError("k")
