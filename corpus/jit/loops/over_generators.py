# for over generator functions and generator expressions, including ones that stop early and nest.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


total = 0
for v in evens(count_up(2000)):
    total += v
print(total)
sq = (x * x for x in range(10))
first = []
for v in sq:
    first.append(v)
    if v > 20:
        break
print(first, list(sq))


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for i, f in enumerate(fibs()):
    if i >= 100:
        break
    if i % 10 == 0:
        out.append(f)
print(out)
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
for x in count_up(0):
    print("never")
else:
    print("empty gen else")
pairs = [(a, b) for a in count_up(3) for b in evens(count_up(5))]
print(pairs)
