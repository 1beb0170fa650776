# Loop-carried ints/floats/big ints read after leaving loops by break, return, exception and normal exit.
def by_break(n):
    a = 0
    f = 0.0
    b = 2 ** 47 - 10
    for i in range(n):
        a += 3
        f += 0.75
        b += 1
        if a > 2000:
            break
    return a, f, b, i


print(by_break(10000), by_break(5))


def by_return(xs):
    s = 0
    p = 1.0
    for x in xs:
        s += x
        p *= 1.01
        if s > 5000:
            return "ret", s, round(p, 6), x
    return "end", s, round(p, 6)


print(by_return(range(1000)), by_return(range(10)))


def by_exception(n):
    s = 0
    f = 0.5
    try:
        for i in range(n):
            s += i
            f *= 1.001
            if i == n - 1:
                {}[i]
    except KeyError:
        pass
    return s, round(f, 6), i


print(by_exception(1500))


def nested_break(n):
    found = None
    total = 0.0
    for i in range(n):
        for j in range(n):
            total += (i * j) * 0.5
            if i * j == 391:
                found = (i, j)
                break
        if found:
            break
    return found, total, i, j


print(nested_break(100))


def while_exit(limit):
    x = 1
    y = 1.0
    while x < limit:
        x *= 3
        y /= 3
    return x, y


print(while_exit(10), while_exit(2 ** 47), while_exit(2 ** 64), while_exit(0))
