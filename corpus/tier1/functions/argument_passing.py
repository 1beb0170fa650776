# Tests argument passing semantics: mutation visible, rebinding not
def mutate(lst, d):
    lst.append(99)
    d["new"] = True
def rebind(lst, n):
    lst = [0]
    n += 1
    return lst, n
a = [1]
m = {}
mutate(a, m)
print(a, m)
n = 5
print(rebind(a, n), a, n)
def swap_first_last(xs):
    xs[0], xs[-1] = xs[-1], xs[0]
b = [1, 2, 3, 4]
swap_first_last(b)
print(b)
def concat(s):
    s += "!"
    return s
t = "hi"
print(concat(t), t)
def extend_list(xs):
    xs += [5]
    return xs
c = [4]
print(extend_list(c), c)
def tup(t):
    t += (1,)
    return t
u = (0,)
print(tup(u), u)
def kw(a, b, c):
    return a * 100 + b * 10 + c
print(kw(1, 2, 3), kw(c=1, b=2, a=3), kw(1, c=3, b=2))
