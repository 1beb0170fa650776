# The stack of exceptions being handled stays right across compiled calls: a callee
# with no handlers called from inside an except block, a callee that returns from
# inside its own except block, and a bare `raise` afterwards re-raising the
# caller's exception, not the callee's.


def plain(x):
    return x * 2 + 1


def swallow(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return -1


def caller(n):
    total = 0
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError:
            for j in range(5):
                total += plain(j) + swallow(j % 3)
            try:
                raise
            except KeyError as again:
                total += again.args[0]
    return total


print(caller(300))


def reraiser(n):
    try:
        raise ValueError("outer %d" % n)
    except ValueError:
        for k in range(50):
            swallow(k % 2)
            plain(k)
        raise


for attempt in range(3):
    try:
        reraiser(attempt)
    except ValueError as e:
        print("ValueError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
reraiser(7)
