# Module globals bound when a loop is compiled, then deleted while the compiled code
# still loads them: the load leaves compiled code, and the interpreter finds the
# builtin of that name or raises NameError; again and again, past the point where
# the load is compiled once more without assuming the global stays bound.
def abs(x):
    return 1000


def total(n, drop_at):
    global abs
    t = 0
    for i in range(n):
        t += abs(-i)
        if i == drop_at:
            del abs
    return t


print(total(600, 300))


def abs(x):
    return 7


print(total(600, 100), abs(-3))


def flip(n):
    global counter
    s = 0
    errors = 0
    for i in range(n):
        try:
            s += counter
        except NameError as e:
            errors += 1
            message = str(e)
            counter = i
        if i % 7 == 3:
            del counter
    return s, errors, message


counter = 1
print(flip(3000))
print(flip(50))
