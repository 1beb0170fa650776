# 'except E as name' unbinds the name after the handler, also in a function where
# the name was assigned before the try statement.
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err
try:
    print(f())
except UnboundLocalError as e:
    print(e)
def g(x):
    e = "before"
    try:
        if x:
            raise ValueError("v")
    except ValueError as e:
        print("caught", e)
    else:
        print("no error", e)
    try:
        return e
    except UnboundLocalError as u:
        return str(u)
print(g(0))
print(g(1))
def h():
    for i in range(300):
        try:
            if i % 2:
                raise KeyError(i)
            r = i
        except KeyError as r:
            pass
    try:
        return r
    except NameError as n:
        return type(n).__name__
print(h())
err = 5
try:
    raise ValueError
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print(e)
