# Compiled loops over generators (the interpreter's `ForIter` resumes the generator:
# a helper call that may collect) whose item register held other, dead objects
# before the loop: nothing may keep pointing to those once they are garbage.
def gen(n):
    for i in range(n):
        yield [i, str(i), (i, i)]


def consume(n):
    rows = [(i, [i] * 2) for i in range(n)]
    total = 0
    for a, b in rows:
        total += a + len(b)
    rows = None
    junk = [[k] for k in range(50)]
    for item in gen(n):
        total += item[0] + len(item[1]) + item[2][1]
    return total + len(junk)


print(consume(300))
print([str(k) * 2 for k in range(40)][-1], {k: [k] for k in range(30)}[29])
s = 0
for v in gen(40):
    s += v[0]
print(s, [k * 2 for k in range(30)][-1])
for w in gen(30):
    s += len(w[1])
print(s)
