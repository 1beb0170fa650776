# Tests star-unpacking in calls and in list/tuple/set displays
def f(a, b, c):
    return a + b + c
args = [1, 2, 3]
print(f(*args), f(1, *[2, 3]), f(*"abc"), f(*(10, 20), 30))
print([*args, 4], (*args,), [*"hi", *range(2)], [*[], *[]])
print(sorted({*args, *[3, 4]}))
merged = [*args[::-1], *args]
print(merged)
print(*args)
print(*[x * 2 for x in args], sep=",")
t = (*range(3), *"ab")
print(t, len(t))
def g(*xs):
    return xs
print(g(*args, *args), g(*[]))
