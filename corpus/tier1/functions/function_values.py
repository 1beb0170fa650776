# Tests functions as first-class values: passing named functions, storing in lists/dicts
def double(x):
    return x * 2
def square(x):
    return x * x
def negate(x):
    return -x
def apply(f, v):
    return f(v)
def compose_apply(fs, v):
    for f in fs:
        v = f(v)
    return v
print(apply(double, 5), apply(square, 5), apply(negate, 5))
print(compose_apply([double, square, negate], 3))
ops = {"d": double, "s": square, "n": negate}
for k in "dsn":
    print(k, ops[k](7))
table = [double, square]
print([f(4) for f in table])
g = square
print(g(9), g is square, g == double)
print(list(map(square, [1, 2, 3])), sorted([3, -5, 1], key=negate))
def pick(flag):
    if flag:
        return double
    return square
print(pick(True)(10), pick(False)(10))
print(max([3, -7, 5], key=square), min(["bb", "a", "ccc"], key=len))
