# Thousands of int-only iterations specialize the loop; then the same sites see floats, strs, lists and None.
def kernel(xs):
    acc = 0
    out = []
    for i in range(len(xs)):
        v = xs[i]
        w = v + v
        acc = acc + w * 1
        if i % 500 == 499 or i >= len(xs) - 6:
            out.append((i, w, acc))
    return out


data = list(range(3000)) + [2.5, 7, 2 ** 80, 1.5, True, 9]
for r in kernel(data):
    print(r)
try:
    for r in kernel(list(range(3000)) + ["ab"]):
        print(r)
except TypeError as e:
    print("TypeError:", e)


def kernel2(xs):
    acc = 0
    log = []
    for v in xs:
        w = v * 2
        try:
            acc = acc + w
        except TypeError:
            acc = str(acc) + str(w) if isinstance(w, str) else acc
            log.append(("skip", repr(w)))
            continue
        log.append(acc if not isinstance(acc, float) else round(acc, 3))
    return log[-8:], acc


print(kernel2(list(range(2500)) + [0.25, 3, "x", 4, [2], 5.5]))


def cmp_site(xs):
    c = 0
    for v in xs:
        if v < 100:
            c += 1
    return c


print(cmp_site(list(range(2000)) + [0.5, 99.9, 100.0, True, 2 ** 80, -2 ** 80]))
try:
    print(cmp_site(list(range(2000)) + ["s"]))
except TypeError as e:
    print("TypeError:", e)
