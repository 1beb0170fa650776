# An exception raised deep inside a compiled loop is caught by the caller; partial results and counters are checked.
class Stop(Exception):
    pass


def scan(xs, state):
    for i in range(len(xs)):
        state["i"] = i
        state["sum"] += xs[i]
        if xs[i] < 0:
            raise Stop("negative at %d" % i)
    return "done"


for data in [list(range(1000)), list(range(1000)) + [-5, 7], [3, -1], [], [0.5] * 600 + [-0.5]]:
    st = {"i": None, "sum": 0}
    try:
        r = scan(data, st)
    except Stop as e:
        r = "stopped: " + str(e)
    print(r, st)


def outer(n):
    found = []
    for k in range(n):
        try:
            inner(k)
        except ZeroDivisionError as e:
            found.append(k)
        except ArithmeticError as e:
            found.append(-k)
    return found


def inner(k):
    x = 1.0
    for j in range(200):
        x *= 1.5
        if j == 150 and k % 7 == 3:
            return 1 % (k - k)
        if j == 160 and k % 11 == 5:
            raise OverflowError("big")
    return x


print(outer(80))
