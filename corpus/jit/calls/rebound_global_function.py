# Compiled calls of a global function compare the callee with the function object
# the global held when the caller was compiled. Rebinding the global (to another
# function, to a new function of the same code, to a non-function) must call the
# new value, also after collections that free the old objects' neighbours.


def f(x):
    return x + 1


def g(x):
    return x * 2


def run(n):
    t = 0
    for i in range(n):
        t += f(i)
    return t


def make(k):
    def h(x):
        return x + k

    return h


print(run(2000))
f = g
print(run(2000))


def f(x):
    return x - 1


print(run(2000))
for k in range(5):
    f = make(k)
    junk = [[i, str(i)] for i in range(300)]
    print(k, run(500))


class Adder:
    def __call__(self, x):
        return x + 100


f = Adder()
print(run(300))
f = len
try:
    run(10)
except TypeError as e:
    print("TypeError:", e)


# The old function object is garbage as soon as the global is rebound; a new
# function of another code may be allocated where it was. The compiled caller keeps
# the object it compares against alive, so the comparison cannot pass for the new one.
def noop():
    pass


def p(x):
    noop()  # not a leaf: compiled callers call it rather than inline it
    return x + 1


def run_p(n):
    t = 0
    for i in range(n):
        t += p(i)
    return t


def swap():
    # In a function, so no register of a live frame still holds the old object.
    global p
    p = None
    noop()  # a safepoint: under GC stress the old function is freed here

    def p(x):
        noop()
        return x * 3


def run_swap(n):
    # The compiled loop compares with the old function object after the swap.
    t = 0
    for i in range(n):
        t += p(i)
        if i == n // 2:
            swap()
    return t


before = run_p(3000)
after = run_swap(3000)
print(before, after)

f = None
run(10)
