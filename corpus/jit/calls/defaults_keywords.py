# Calls with default arguments, keyword arguments, keyword-only parameters and mutable defaults in hot loops.
def f(a, b=2, c=3.5, d=None):
    return a * b + c + (0 if d is None else len(d))


def tally(x, acc=[]):
    acc.append(x)
    return len(acc)


def kwonly(a, *, scale=1, offset=0):
    return a * scale + offset


print(f(1), f(1, 3), f(1, c=0), f(a=2, d="abc"), f(1, 2, 3, [1, 2]), f(b=10, a=1))
tot = 0
for i in range(1500):
    tot += f(i) + f(i, b=i % 3) + f(a=i, c=-1) + kwonly(i, scale=2) + kwonly(i, offset=i)
print(tot)
for i in range(5):
    print(tally(i))
print(tally("x", []), tally("y"))
print(kwonly(5), kwonly(5, scale=3, offset=-1), kwonly(a=1, offset=0.5))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, b=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, z=3)
except TypeError as e:
    print("TypeError:", e)


def late_default(x, y=len("abc") * 2):
    return x + y


print(late_default(1), late_default(1, y=0))
