# Indexing a list whose elements change type at the same index while a compiled loop reads and writes it.
def rw(n):
    xs = [0, 1, 2, 3]
    trace = []
    for i in range(n):
        j = i % 4
        v = xs[j]
        if i == 1200:
            xs[2] = 2.5
        if i == 1600:
            xs[3] = "s"
        if i == 1800:
            xs[1] = [1]
        xs[j] = v + v if not isinstance(v, (str, list)) or len(v) < 8 else v[:1]
        if isinstance(xs[j], int) and xs[j] > 10 ** 6:
            xs[j] = xs[j] % 1000
        if i % 200 == 199:
            trace.append(list(xs))
    return trace


for t in rw(2000):
    print(t)


def sum_list(xs):
    s = 0
    for i in range(len(xs)):
        s += xs[i]
    return s


ints = list(range(1000))
print(sum_list(ints))
ints[500] = 0.5
print(sum_list(ints))
ints[600] = 2 ** 100
print(sum_list(ints))
ints[700] = True
print(sum_list(ints))
ints[800] = "x"
try:
    print(sum_list(ints))
except TypeError as e:
    print("TypeError:", e)
