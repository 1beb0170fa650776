# Division and modulo by zero inside hot loops, caught by try/except inside and outside the loop.
def inner(n):
    ok = 0
    bad = 0
    acc = 0
    for i in range(n):
        d = i % 5 - 2
        try:
            acc += 100 // d
            acc += 100 % d
            ok += 1
        except ZeroDivisionError as e:
            bad += 1
            msg = str(e)
    return ok, bad, acc, msg


print(inner(2000))


def inner_float(n):
    s = 0.0
    errs = []
    for i in range(n):
        d = (i % 4) * 0.5
        try:
            s += 1.0 / d
        except ZeroDivisionError as e:
            if len(errs) < 2:
                errs.append(str(e))
            s += 1
    return round(s, 6), errs


print(inner_float(1000))


def outer(n, zero_at):
    acc = 0
    i = 0
    try:
        for i in range(n):
            acc += 1000 // (zero_at - i)
    except ZeroDivisionError:
        return "stopped", i, acc
    return "done", i, acc


print(outer(100, 50))
print(outer(1500, 1200))
print(outer(10, 50))
ops = [lambda a, b: a / b, lambda a, b: a // b, lambda a, b: a % b, lambda a, b: divmod(a, b)]
for a in [7, 7.0, 2 ** 70, True]:
    for b in [0, 0.0, False, -0.0]:
        for op in ops:
            try:
                print(op(a, b))
            except ZeroDivisionError as e:
                print("ZDE", e)
