# Argument binding errors in CPython's order and words: keyword errors before too
# many positional arguments, and the keyword-only arguments given counted.
def a1(a, *, x):
    return a
def f(a):
    return a
def g(a, b):
    return a
def h(a, b=1, *, k=2, m):
    return a
class C:
    def __init__(self, a, b=0, *, kw=None):
        pass
for call in (lambda: a1(1, 2, x=3), lambda: f(1, 2, q=1), lambda: g(1, 2, 3, a=1), lambda: h(1, 2, 3, k=1, m=2),
             lambda: h(1, 2, 3, m=2), lambda: h(1, 2, 3), lambda: C(1, 2, 3, kw=4), lambda: C(1, 2, 3),
             lambda: f(1, 2), lambda: f(), lambda: a1(1, 2)):
    try:
        call()
    except TypeError as e:
        print(e)
