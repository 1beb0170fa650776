# Comparing deeply nested lists and tuples counts each level against the recursion
# limit with the frames, as CPython does: the exact depth where RecursionError starts.
def nest(n):
    a = []
    for _ in range(n):
        a = [a]
    return a

for n in (100, 990, 997, 998, 999, 1000, 1001, 1500):
    try:
        r = nest(n) == nest(n)
        print(n, "eq", r)
    except RecursionError as e:
        print(n, "RecursionError:", e)
    try:
        r = nest(n) < nest(n + 1)
        print(n, "lt", r)
    except RecursionError as e:
        print(n, "RecursionError:", e)


def inner(n):
    return nest(n) == nest(n)


for n in (990, 996, 997, 998):
    try:
        print(n, "in function", inner(n))
    except RecursionError as e:
        print(n, "in function RecursionError:", e)
t = (1, (2, (3, (4,))))
print(t == (1, (2, (3, (4,)))), t < (1, (2, (3, (5,)))))
