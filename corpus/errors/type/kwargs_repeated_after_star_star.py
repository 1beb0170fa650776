# Keywords after ** are merged like it (a repeated keyword is an error).
def kw(**k):
    return k
def f(a, b=0):
    return a, b
for call in (lambda: kw(**{"a": 1}, a=2), lambda: f(**{"a": 1}, a=2), lambda: kw(x=1, **{"y": 2}, z=3),
             lambda: f(**{"b": 1}, a=2), lambda: kw(**{"a": 1}, b=2, a=3), lambda: print(**{"sep": "-"}, end="!\n")):
    try:
        print(call())
    except TypeError as e:
        print(e)
