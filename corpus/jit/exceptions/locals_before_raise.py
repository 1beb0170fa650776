# Locals modified just before a raise (ints, floats, lists) are seen with their latest values in except/finally.
def f(n):
    a = 0
    b = 0.0
    c = []
    s = "s"
    try:
        for i in range(n):
            a += i
            b += 0.25
            c.append(i)
            s = s + "!" if i % 100 == 0 else s
            if i == n - 1:
                a = a * 1000003 + 2 ** 50
                b = -b
                s = "changed"
                raise RuntimeError("boom")
    except RuntimeError as e:
        return ("except", a, b, len(c), s, str(e))
    finally:
        c.append("finally")
        print("finally sees", a, b, len(c), s)


print(f(1200))
print(f(1))


def g(n):
    x = 1
    y = 1.5
    try:
        while True:
            x = x * 3
            y = y * 2
            if x > n:
                z = x // (x - x)
    except ZeroDivisionError:
        pass
    return x, y


print(g(10), g(2 ** 60), g(10 ** 30))


def h(items):
    last = None
    count = 0
    for it in items:
        try:
            last = it
            count += 1
            it.upper()
        except AttributeError:
            count += 100
        finally:
            count += 10000
    return last, count


print(h(["a", 1, "b", None, 2.5, "c"]))
