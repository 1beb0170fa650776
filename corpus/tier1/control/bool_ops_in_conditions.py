# `and`, `or` and `not` in a condition (if, elif, while, assert, conditional
# expressions, comprehension filters): each operand's truth is tested exactly
# once, in order, and evaluation stops as soon as the outcome is known.

log = []


class Truth:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        log.append(self.name)
        return self.value


class Sized:
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __len__(self):
        log.append("len " + self.name)
        return self.n


T = Truth("T", True)
F = Truth("F", False)
T2 = Truth("T2", True)
F2 = Truth("F2", False)
EMPTY = Sized("empty", 0)
FULL = Sized("full", 3)


def show(label, taken):
    print(label, taken, log)
    log.clear()


def check_if():
    cases = [
        ("T or F", lambda: T or F),
        ("F or T", lambda: F or T),
        ("F or F2", lambda: F or F2),
        ("T and F", lambda: T and F),
        ("F and T", lambda: F and T),
        ("T and T2", lambda: T and T2),
    ]
    # The lambdas give values (each operand's truth tested by the `if` itself).
    for label, value in cases:
        if value():
            show("value " + label, True)
        else:
            show("value " + label, False)

    if T or F:
        show("if T or F", True)
    if F or T:
        show("if F or T", True)
    if F or F2:
        show("if F or F2", True)
    else:
        show("if F or F2", False)
    if T and F:
        show("if T and F", True)
    else:
        show("if T and F", False)
    if F and T:
        show("if F and T", True)
    else:
        show("if F and T", False)
    if T and T2:
        show("if T and T2", True)
    if not T or F:
        show("if not T or F", True)
    else:
        show("if not T or F", False)
    if not (T and F):
        show("if not (T and F)", True)
    if not (F or F2):
        show("if not (F or F2)", True)
    if (F or T) and (F2 or T2):
        show("if (F or T) and (F2 or T2)", True)
    if (T and F) or (T2 and F2) or not F:
        show("if (T and F) or (T2 and F2) or not F", True)
    if F and T or T2:
        show("if F and T or T2", True)
    if EMPTY or FULL:
        show("if EMPTY or FULL", True)
    if FULL and not EMPTY:
        show("if FULL and not EMPTY", True)
    if F:
        show("if F", True)
    elif F2 or T:
        show("elif F2 or T", True)


def check_mixed(a, b, xs):
    # Comparisons, plain values and calls mixed with and/or/not.
    hits = []
    if a < b or b < 0:
        hits.append("a<b or b<0")
    if a and b:
        hits.append("a and b")
    if a == 0 or not xs:
        hits.append("a==0 or not xs")
    if xs and xs[0] > a:
        hits.append("xs and xs[0]>a")
    if not a < b and b != 2:
        hits.append("not a<b and b!=2")
    if a < b < 10 or a is None:
        hits.append("a<b<10 or a is None")
    if a in xs or b not in xs:
        hits.append("a in xs or b not in xs")
    return hits


def check_while():
    n = 0
    while F or n < 3:
        n += 1
    show("while F or n<3 ran " + str(n), True)
    while T and F:
        n += 100
    show("while T and F ran " + str(n), False)
    items = [3, 1, 0, 5]
    i = 0
    while i < len(items) and items[i]:
        i += 1
    print("stopped at", i)


def check_other():
    x = "yes" if F or T else "no"
    show("ifexp " + x, True)
    y = "yes" if T and not T2 else "no"
    show("ifexp " + y, False)
    kept = [v for v in [T, F, T2, F2] if v or False]
    show("filter " + str(len(kept)), True)
    assert T or F
    show("assert T or F", True)
    try:
        assert F or F2, "both false"
    except AssertionError as e:
        show("assert F or F2 raised " + str(e), False)
    # In a value (not a condition) the operand itself is the result.
    v = F or T
    show("value F or T is " + v.name, True)
    w = T and F
    show("value T and F is " + w.name, False)
    print(0 or "", [] or 0, 1 and "x", None or [])


class Boom:
    def __bool__(self):
        raise ValueError("no truth")


def check_raise():
    try:
        if F or Boom():
            print("unreachable")
    except ValueError as e:
        show("raised " + str(e), False)
    try:
        while T and Boom():
            pass
    except ValueError as e:
        show("raised in while " + str(e), False)


check_if()
for a, b, xs in [(1, 2, [1]), (3, 2, []), (0, 0, [5]), (2, 5, [2, 9]), (None, 3, [3])]:
    if a is None:
        print(a, b, xs, "a is None" if a is None or a < b else "")
    else:
        print(a, b, xs, check_mixed(a, b, xs))
check_while()
check_other()
check_raise()

# Hot loops, so that the conditions also run compiled.
count = 0
for i in range(3000):
    if i % 3 == 0 or i % 5 == 0:
        count += 1
    if i > 10 and not i % 7:
        count += 2
    if not (i < 100 or i > 200) and (i % 2 or i % 11 == 0):
        count += 3
print(count)
