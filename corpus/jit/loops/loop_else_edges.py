# for/while else clauses: empty iterables, break on the last item, continue before else, nested else.
def f(xs, stop):
    log = []
    for x in xs:
        if x == stop:
            log.append("break")
            break
        if x % 2:
            continue
        log.append(x)
    else:
        log.append("else")
    return log


print(f([], 1))
print(f([1, 2, 3], 3))
print(f([1, 2, 3], 9))
print(f([2, 4, 6], 2))


def w(n, stop):
    i = 0
    while i < n:
        i += 1
        if i == stop:
            break
    else:
        return "else", i
    return "broke", i


print(w(5, 3), w(5, 9), w(0, 0))


def nested_else(n):
    out = []
    for i in range(n):
        for j in range(i):
            if (i + j) % 7 == 6:
                break
        else:
            out.append(i)
            continue
        out.append(-i)
    return out


print(nested_else(15))


def hot(n):
    elses = 0
    breaks = 0
    for i in range(n):
        for j in range(i % 5):
            if j == 3:
                breaks += 1
                break
        else:
            elses += 1
    return elses, breaks


print(hot(2000))
