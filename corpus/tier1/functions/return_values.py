# Tests return with no value, multiple values, early returns and None
def nothing():
    return
def implicit():
    x = 1
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(nothing(), implicit(), multi())
a, b, c = multi()
print(a, b, c)
print(early(10), early(0), early(50))
def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0
print([sign(v) for v in [-3, 0, 8, -0.5, 0.0]])
def chain(x):
    return x and x * 2 or "zero"
print(chain(0), chain(4))
r = nothing()
print(r is None, nothing() == None)
def returns_func_result():
    return len("abc") + early(10)
print(returns_func_result())
