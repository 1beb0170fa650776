# A guard fails in the middle of a loop body with many live ints, floats and objects; all must survive deopt.
def body(xs):
    a = 1
    b = 2.5
    c = "s"
    d = [0]
    e = 140737488355320
    f = -0.0
    g = None
    h = (1, 2)
    results = []
    for i in range(len(xs)):
        a = a * 3 % 1009
        b = b * 1.01
        e = e + 1
        x = xs[i]
        y = x + 1          # guard: x int
        f = f - 0.5
        d[0] += 1
        c = c if len(c) > 5 else c + "s"
        g = i if i % 2 else g
        results.append((a, round(b, 4), c, d[0], e, f, g, h, y))
    return results


xs = list(range(1000))
xs[997] = 0.5
xs[998] = 2 ** 80
xs[999] = True
r = body(xs)
for t in r[:2] + r[-4:]:
    print(t)


def body_while(limit):
    i = 0
    s = 0
    fl = 0.0
    lst = []
    v = 1
    while i < limit:
        v = v * 2 if i < limit - 3 else v * 2.0
        s += i
        fl += 0.1
        if i % 100 == 0:
            lst.append(s)
        i += 1
    return i, s, round(fl, 6), lst[-3:], v


print(body_while(1000)[:4])
print(body_while(60))
