# RecursionError: when code counts as run often enough for CPython 3.11 to have
# specialized its call sites (8 entries or jumps back in a loop: a `for` loop's,
# `while True`'s and `continue`'s count, a `while cond:` loop's does not), and
# generators (a new one runs its frame a moment; iterating one holds it): the
# messages and depths at several limits.
import sys

depth = 0
class Tag:
    def __repr__(self):
        global depth
        depth += 1
        return f"<{self}>"
def attempt(name, limit, run):
    global depth
    depth = 0
    sys.setrecursionlimit(limit)
    try:
        run()
        r = "no error"
    except RecursionError as e:
        r = str(e)
    sys.setrecursionlimit(1000)
    print(name, limit, depth, r)

def after_while(n):
    i = 0
    while i < n:
        i += 1
    print(Tag())

def after_for(n):
    for i in range(n):
        pass
    print(Tag())

def after_continue(n):
    i = 0
    while True:
        i += 1
        if i < n:
            continue
        break
    print(Tag())

def gen(n):
    for i in range(n):
        yield i

def after_gen(n):
    for x in gen(n):
        pass
    return sorted([Tag()], key=repr)

for n in [3, 6, 7, 8, 9, 12]:
    for limit in (60, 61, 62):
        attempt("while%d" % n, limit, lambda: after_while(n))
        attempt("for%d" % n, limit, lambda: after_for(n))
        attempt("continue%d" % n, limit, lambda: after_continue(n))
        attempt("gen%d" % n, limit, lambda: after_gen(n))


# Generators: created (a frame run a moment) and iterated by a builtin.
def through_any(n):
    global depth
    depth += 1
    return any(through_any(m) for m in [n])
def through_list(n):
    global depth
    depth += 1
    return list(through_list(m) for m in [n])
def through_for(n):
    global depth
    depth += 1
    for x in (through_for(m) for m in [n]):
        pass
for name, f in [('any', through_any), ('list', through_list), ('for', through_for)]:
  for lim in range(60, 72):
    depth = 0
    sys.setrecursionlimit(lim)
    try:
        f(1)
    except RecursionError as e:
        r = str(e)
    sys.setrecursionlimit(1000)
    print(name, lim, depth, r.replace('maximum recursion depth exceeded', ''))
