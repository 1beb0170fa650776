# A global loaded only to be called (`walk(n - 1)`) is guarded, when compiled, to
# still be the function it held then: that one comparison checks the global bound
# and the callee both. Rebinding it (often enough that the load stops guarding),
# rebinding it from inside the recursion, and deleting it while compiled frames
# are on the stack must each behave as in CPython.


def walk(n):
    if n <= 0:
        return 0
    return walk(n - 1) + 1


def double_walk(n):
    if n <= 0:
        return 0
    return walk(n - 1) + 2


def swap_back(n):
    global walk
    walk = original
    return -1000


original = walk
print(sum(walk(i % 30) for i in range(500)))

# Rebound between calls, many times: each first call deopts, until the load gives
# up guarding and calls whatever the global holds.
for round in range(60):
    walk = double_walk if round % 2 else original
    print(round, walk(12), original(12))
walk = original

# Rebound from inside the recursion: the frames below call the new function.
def walk_swapping(n):
    global walk
    if n == 5:
        walk = swap_back
    if n <= 0:
        return 0
    return walk(n - 1) + 1


walk = walk_swapping
for i in range(40):
    walk = walk_swapping
    print("swapping", i, walk(10 + i % 3))


# Deleted while compiled frames are on the stack: the next load raises NameError.
def walk_deleting(n):
    global walk
    if n == 3:
        del walk
    if n <= 0:
        return 0
    return walk(n - 1) + 1


for i in range(30):
    walk = walk_deleting
    try:
        print("deleting", i, walk(8))
    except NameError as e:
        print("deleting", i, "NameError:", e)

walk = original
print(walk(200))
del walk
print(original(10))
walk(3)
