# Loops of plain indexing read a loop-invariant list's items and length once, where
# they are entered. Each loop here changes such a list behind the JIT's back, from
# Python code its operators or the functions it calls run, and must see the change
# at once: a grown list (its items moved), a shrunk one, a slice assigned.


class Grow:
    def __init__(self, lst):
        self.lst = lst

    def __add__(self, other):
        self.lst.append(other * 3)
        return self


class Shrink:
    def __init__(self, lst):
        self.lst = lst

    def __sub__(self, other):
        self.lst.pop()
        return self


class Replace:
    def __init__(self, lst):
        self.lst = lst

    def __mul__(self, other):
        self.lst[:] = [other] * (len(self.lst) + 5)
        return self


def grow_while_reading(n):
    data = [7, 8]
    g = Grow(data)
    s = 0
    for k in range(n):
        g = g + k
        # Only in range because `g + k` appended: the list moves as it grows.
        s += data[k + 2]
    return s, len(data)


def shrink_while_reading(n):
    data = list(range(n + 10))
    h = Shrink(data)
    s = 0
    for k in range(n):
        h = h - 1
        # The last item after the pop: a stale length would read a popped one.
        s += data[-1]
    return s, len(data)


def replace_while_reading(n):
    data = [1, 2, 3]
    r = Replace(data)
    s = 0
    for k in range(n):
        s += data[2]
        # Slice assignment: new items, elsewhere in memory.
        r = r * k
    return s, len(data)


def push(lst, k):
    lst.append(k)
    return k


def drop(lst):
    return lst.pop()


def area(i, j):
    return (i + 1) * (j + 2)


def calls_grow(n):
    data = [0, 0]
    s = 0
    for k in range(n):
        push(data, k)
        # A called function appended (compiled code, or the interpreter).
        s += data[k + 2]
    return s, len(data)


def calls_shrink(n):
    data = list(range(2 * n))
    s = 0
    for k in range(n):
        s += drop(data) - data[-1]
    return s, len(data)


def inlined_call(n):
    w = [k * 0.25 for k in range(n)]
    s = 0.0
    for j in range(n):
        s += area(j, n) * w[j]
    return s


def tuples_never_change(n):
    t = (3, 1, 4, 1, 5, 9, 2, 6)
    s = 0
    for k in range(n):
        s += t[k % 8] * t[(k + 3) % 8]
    return s


def floats_dot(n):
    a = [i * 0.5 for i in range(n)]
    b = [1.0 / (i + 1) for i in range(n)]
    s = 0.0
    for k in range(n):
        s += a[k] * b[k]
    return s


def index_error_after_shrink(n):
    data = list(range(20))
    h = Shrink(data)
    s = 0
    try:
        for k in range(n):
            h = h - 1
            s += data[15]
    except IndexError as e:
        return s, "IndexError: " + str(e)
    return s, None


for n in (50, 400, 3000):
    print(grow_while_reading(n))
    print(shrink_while_reading(n))
    print(replace_while_reading(n))
    print(tuples_never_change(n))
    print(round(floats_dot(n), 9))
    print(index_error_after_shrink(n))
    print(calls_grow(n))
    print(calls_shrink(n))
    print(inlined_call(n))
