# A user exception raised three calls deep inside compiled loops propagates uncaught with its message.
class ValidationError(Exception):
    pass


def check(v, i):
    if v > 2 ** 47:
        raise ValidationError("value %d too large at step %d" % (v, i))
    return v


def grow(n):
    v = 1
    for i in range(n):
        v = check(v * 3, i)
    return v


def main():
    results = []
    for n in (10, 20, 30, 40):
        results.append(grow(n))
        print(n, results[-1])
    return results


main()
