# A type guard fails and the same iteration then raises; handler and finally see deoptimized locals.
def run(xs):
    total = 0
    seen = 0
    errors = []
    for x in xs:
        try:
            seen += 1
            y = x + 1
            total += 100 // (y - 6)
        except ZeroDivisionError:
            errors.append(("zero", seen, total))
        except TypeError:
            errors.append(("type", seen, total, repr(x)))
        finally:
            seen += 1000
    return total, seen, errors


print(run(list(range(1000)) + [5, 5.0, "s", 4.0, None, 7]))


def deep(n):
    acc = 0
    fl = 0.5
    try:
        for i in range(n):
            acc += i
            fl *= 1.001
            if i == n - 1:
                acc = acc + 0.5
                raise ValueError("at %d" % i)
    except ValueError as e:
        return str(e), acc, round(fl, 6)


print(deep(1500))
