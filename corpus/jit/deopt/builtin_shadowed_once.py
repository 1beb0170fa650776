# Builtins used in hot code, shadowed later by a global bound once and never
# deleted (a top-level def, a function's `global` assignment): code compiled while
# the builtin was in use must see the new global. A builtin no code binds is the
# same object for good.
def work(xs):
    t = 0
    for x in xs:
        t += len(x) + abs(-len(x)) + max(1, 2)
    return t


def ranged(n):
    s = 0
    for i in range(n):
        s += i
    return s


def set_range():
    global range
    range = lambda n: [n, n, n]


data = ["a", "bb", "ccc"] * 200
print(work(data), ranged(300))


def len(x):
    return 100


print(work(data), ranged(300))
set_range()
print(work(data), ranged(300))
print(min(3, 4), sorted([3, 1, 2]), str(12), int("7"), isinstance(3, int))
