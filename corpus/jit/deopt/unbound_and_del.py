# Locals deleted with `del` inside hot loops, re-bound later, and read while unbound (UnboundLocalError caught).
def f(n):
    errs = 0
    total = 0
    for i in range(n):
        if i % 4 == 0:
            x = i
        try:
            total += x
        except UnboundLocalError:
            errs += 1
        if i % 4 == 2:
            del x
    return total, errs


print(f(2000), f(1))


def g():
    try:
        return y
    except NameError as e:
        return "NameError: " + str(e)
    y = 1


print(g())


def h(n):
    lst = []
    for i in range(n):
        tmp = [i] * 2
        lst.append(tmp)
        del tmp
    try:
        print(tmp)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    return len(lst), lst[-1]


print(h(1000))
d = {i: i for i in range(20)}
for i in range(0, 20, 3):
    del d[i]
print(d)
lst = list(range(20))
del lst[::4]
del lst[-1]
print(lst)
