# A lambda made in a comprehension is named <listcomp>.<lambda> (no <locals>).
fs = [lambda q: q for _ in range(1)]
try:
    fs[0]()
except TypeError as e:
    print(e)
g = list(lambda: 0 for _ in range(1))
def f():
    return [lambda a, b: a for _ in range(1)]
try:
    f()[0]()
except TypeError as e:
    print(e)
h = lambda: (lambda x: x)
try:
    h()()
except TypeError as e:
    print(e)
d = {k: (lambda z: z) for k in range(1)}
try:
    d[0]()
except TypeError as e:
    print(e)
