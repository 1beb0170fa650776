# Indexing lists, tuples and strs with negative and out-of-range indices (IndexError caught) in hot loops.
lst = [10, 20, 30, 40, 50]
tup = (1.5, "b", None, [4], 5)
s = "héllo"


def probe(seq, lo, hi):
    got = []
    errs = 0
    for i in range(lo, hi):
        try:
            got.append(seq[i])
        except IndexError as e:
            errs += 1
            last = str(e)
    return got, errs, last if errs else None


print(probe(lst, -8, 8))
print(probe(tup, -7, 7))
print(probe(s, -7, 7))
print(probe([], -2, 2))
print(probe("", 0, 1))


def hot(n):
    xs = list(range(100))
    t = 0
    for i in range(n):
        t += xs[i % 100] - xs[-(i % 100) - 1]
        t += xs[-1] + xs[-100]
    return t


print(hot(3000))
for idx in [2 ** 47, -(2 ** 47), 2 ** 63, -(2 ** 64), 2 ** 100, True, False]:
    try:
        print(idx, lst[idx])
    except IndexError as e:
        print("IndexError:", e, idx)
for bad in [1.0, "0", None]:
    try:
        print(lst[bad])
    except TypeError as e:
        print("TypeError:", e)
try:
    lst[7] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del lst[-9]
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    tup[5]
except IndexError as e:
    print("IndexError:", e)
