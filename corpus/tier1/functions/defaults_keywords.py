# Tests default parameter values and keyword arguments at call sites
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Ben", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Dee"))
print(greet("Eve", punct=".", greeting="Bye"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=10))
def box(w, h=None):
    if h is None:
        h = w
    return w * h
print(box(4), box(4, 5), box(h=2, w=3))
def append_to(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, [0]))
def shared(x, acc=[]):
    acc.append(x)
    return acc
print(shared(1), shared(2), shared(3))
N = 5
def uses_default(x=N * 2):
    return x
N = 100
print(uses_default(), uses_default(1))
def many(a, b=2, c=3, d=4):
    return (a, b, c, d)
print(many(1), many(1, d=40), many(1, 20, d=40), many(a=0, c=30))
