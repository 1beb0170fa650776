# A pipeline of chained generators (source -> map -> filter -> window -> take) driven by a compiled loop.
def source(n):
    x = 1
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def scale(it, k):
    for v in it:
        yield v / k


def keep(it, lo, hi):
    for v in it:
        if lo <= v < hi:
            yield v


def window(it, w):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > w:
            buf.pop(0)
        if len(buf) == w:
            yield sum(buf) / w


def take(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v


res = list(take(window(keep(scale(source(5000), 2147483648), 0.25, 0.75), 4), 8))
print([round(r, 6) for r in res])
count = 0
for v in keep(source(3000), 0, 2 ** 30):
    count += 1
print(count)
ints = (v % 1000 for v in source(2000))
evens = (v for v in ints if v % 2 == 0)
print(sum(evens), max(v % 97 for v in source(1500)))
