# Globals the JIT takes as constants: stored by one top-level statement outside any
# loop and never deleted. Beside them, globals that look alike but change: stored
# in a top-level loop, stored again by a function (`global`), defined twice,
# deleted by a function, and bound by a module-level `except ... as`.
import sys

LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 300
SCALE = 3
if LIMIT > 0:
    OFFSET = 7
else:
    OFFSET = -7


def twice(x):
    return x * 2


def scaled(n):
    total = 0
    for i in range(n):
        total += twice(i) * SCALE + OFFSET
    return total


counter = 0


def bump():
    global counter
    counter += 1
    return counter


def count_up(n):
    s = 0
    for i in range(n):
        s += bump() + counter
    return s


def shape(x):
    return x + 1


def use_shape(n):
    s = 0
    for i in range(n):
        s += shape(i)
    return s


print(scaled(LIMIT))
print(count_up(LIMIT))
print(use_shape(LIMIT))


def shape(x):  # noqa: F811 -- a second definition: the first calls see the new one
    return x * 10


print(use_shape(LIMIT))

step = 0
for k in range(3):
    step = k + 1

    def stepper(n):
        s = 0
        for i in range(n):
            s += step
        return s

    print(k, stepper(LIMIT))

doomed = 5


def read_doomed(n):
    s = 0
    for i in range(n):
        s += doomed
    return s


def kill():
    global doomed
    del doomed


print(read_doomed(LIMIT))
kill()
try:
    print(read_doomed(LIMIT))
except NameError as e:
    print("NameError:", e)

try:
    raise ValueError("caught")
except ValueError as err:
    print(err)


def read_err():
    return err


try:
    read_err()
except NameError as e:
    print("NameError:", e)
