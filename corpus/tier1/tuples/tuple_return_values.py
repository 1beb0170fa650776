# Tests functions returning tuples and packing/unpacking them
def minmax(xs):
    return min(xs), max(xs)
def divmod2(a, b):
    return a // b, a % b, a / b
def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return n, mean, var
print(minmax([3, 9, -2, 5]))
lo, hi = minmax([3, 9, -2, 5])
print(lo, hi, hi - lo)
print(divmod2(17, 5), divmod2(-17, 5))
q, r, f = divmod2(100, 7)
print(q, r, f)
n, mean, var = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(n, mean, var)
res = stats([1.5, 2.5])
print(res, res[1], len(res))
def nothing():
    return ()
def one():
    return (1,)
print(nothing(), one(), len(nothing()))
