# Many closures and generator objects created and dropped in hot loops; a few kept and used afterwards.
def make(i):
    data = [i, i * i]

    def f(x):
        return data[0] * x + data[1]

    return f


kept = []
total = 0
for i in range(2000):
    fn = make(i)
    total += fn(2)
    if i % 400 == 0:
        kept.append(fn)
print(total, [k(1) for k in kept])


def gen(i):
    for j in range(3):
        yield i + j


gens = []
s = 0
for i in range(1500):
    g = gen(i)
    s += next(g)
    if i % 300 == 0:
        gens.append(g)
print(s, [list(g) for g in gens])
lambdas = [lambda y, k=k: y + k for k in range(1000)]
print(sum(l(1) for l in lambdas), lambdas[999](0))
