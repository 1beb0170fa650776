# repr and str of containers nested hundreds of levels deep (the nesting counts
# against the recursion limit as in CPython: a fixed limit of 200 levels raised
# RecursionError at 201). Found by ci/fuzz-jit. Far from the limit's exact edge,
# where CPython's count depends on which C functions are on its stack.
def deep(n, make):
    w = 0
    for i in range(n):
        w = make(w)
    return w


v = deep(300, lambda w: [w])
print(len(str(v)), str(v)[:12], repr(v)[-12:])
print(len(repr(deep(600, lambda w: (w,)))))
print(len(repr(deep(400, lambda w: {"k": w}))))
print(len(f"{deep(500, lambda w: [w, 1])}"))


def inside(k, n):
    if k > 0:
        return inside(k - 1, n)
    return len(repr(deep(n, lambda w: [w])))


print(inside(200, 500))
try:
    print(repr(deep(5000, lambda w: [w])))
except RecursionError as e:
    print("RecursionError:", e)
try:
    inside(300, 900)
except RecursionError as e:
    print("RecursionError:", e)
