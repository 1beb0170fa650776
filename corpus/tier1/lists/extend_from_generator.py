# list.extend, list += and dict.update take a generator's items one at a time: the
# generator sees what was added so far, and an error leaves the earlier items added.
M = [0]
def g():
    for i in range(3):
        yield len(M)
M.extend(g())
print(M)
M = [0]
M += g()
print(M)
def gen():
    yield 1
    raise ValueError("mid")
L = [0]
try:
    L.extend(gen())
except ValueError:
    pass
print(L)
D = {}
try:
    D.update((k, 1) for k in gen())
except ValueError:
    pass
print(D)
D = {0: 0}
def pairs():
    for i in range(1, 4):
        yield (i, len(D))
D.update(pairs())
print(D)
L = [1, 2]
L.extend(L)
L += L
print(L)
L.extend(x for x in "ab")
L.extend({5: 6})
L.extend(range(2))
print(L, dict([(1, 2), "ab"]))
try:
    D.update([(1, 2), (3,)])
except ValueError as e:
    print(e, D)
try:
    D.update([(7, 2), 5])
except TypeError as e:
    print(e, D)
