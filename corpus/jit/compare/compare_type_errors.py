# Ordering comparisons between incompatible types raise TypeError inside a compiled loop; the loop continues.
vals = [1, 2.5, "s", None, [1], (1,), {1: 2}, True, 2 ** 70]


def try_all():
    ok = 0
    errs = []
    for a in vals:
        for b in vals:
            try:
                r = a < b
                ok += 1
            except TypeError as e:
                errs.append(str(e))
    return ok, len(errs), errs[:12]


ok, n, first = try_all()
print(ok, n)
for e in first:
    print(e)


def eq_never_raises():
    c = 0
    for a in vals:
        for b in vals:
            if a == b:
                c += 1
            if a != b:
                c += 100
    return c


print(eq_never_raises())


def hot(n):
    xs = [3, 1, "x", 2.5, None, 7]
    good = 0
    bad = 0
    for i in range(n):
        try:
            if xs[i % 6] > 2:
                good += 1
        except TypeError:
            bad += 1
    return good, bad


print(hot(1200))
try:
    print(sorted([3, "a", 1]))
except TypeError as e:
    print("TypeError:", e)
try:
    print(max([1, None]))
except TypeError as e:
    print("TypeError:", e)
