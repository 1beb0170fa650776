# Many generator objects alive at once, advanced in interleaved order from a compiled loop, each keeping its own state.
def acc_gen(start, step):
    v = start
    while True:
        yield v
        v = v + step


gens = [acc_gen(i, i + 1) for i in range(10)]
gens.append(acc_gen(0.5, 0.25))
gens.append(acc_gen(2 ** 47 - 5, 1))
gens.append(acc_gen("s", "t"))
rows = []
for step in range(12):
    row = []
    for g in gens:
        row.append(next(g))
    if step % 4 == 3:
        rows.append(row)
for r in rows:
    print(r)


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fs = [fib_gen() for _ in range(3)]
vals = []
for i in range(300):
    vals.append(next(fs[i % 3]))
print(vals[-3:], vals[:9])


def pairs(it):
    prev = next(it)
    for cur in it:
        yield prev, cur
        prev = cur


print(list(pairs(iter([1, 2, 3, 4]))), list(pairs(iter("abc"))))
src = iter(range(10))
print(next(src), list(zip(src, src)))
