# RecursionError: which C level of CPython overflows first (the message's ending)
# and how deep a recursion gets, when the recursion runs through builtins that
# hold a level while they call back into Python code, at several limits (so each
# phase of a cycle of levels is hit), from code called often (call sites
# specialized) and from code called for the first times (not yet).
import sys

depth = 0


def weight(n):
    global depth
    depth += 1
    return max([n], key=weight)


def nested(x):
    global depth
    depth += 1
    return 1 + max(map(nested, x))


def by_sorted(n):
    global depth
    depth += 1
    return sorted([n], key=by_sorted)


def through_any(n):
    global depth
    depth += 1
    return any(through_any(m) for m in [n])


def with_abs(n):
    global depth
    depth += 1
    abs(n)
    return with_abs(n + 1)


def with_len(items):
    global depth
    depth += 1
    len(items)
    return with_len(items)


def with_split(s):
    global depth
    depth += 1
    s.split()
    return with_split(s)


def with_lower(s):
    global depth
    depth += 1
    s.lower()
    return with_lower(s)


def with_append(items):
    global depth
    depth += 1
    items.append(1)
    return with_append(items)


def with_str(n):
    global depth
    depth += 1
    str(n)
    return with_str(n)


class Tag:
    def __repr__(self):
        global depth
        depth += 1
        return f"<{self}>"


class Money:
    def __str__(self):
        global depth
        depth += 1
        return "Money " + str(self)


class Registry:
    def __init__(self):
        self.data = {}

    def __setitem__(self, key, value):
        global depth
        depth += 1
        self[key.lower()] = value


def attempt(name, limit, run):
    global depth
    depth = 0
    sys.setrecursionlimit(limit)
    try:
        run()
        result = "no error"
    except RecursionError as e:
        result = str(e)
    sys.setrecursionlimit(1000)
    print(name, limit, depth, result)


chain = [0]
for _ in range(200):
    chain = [chain]

scenarios = [
    ("max_key", lambda: weight(1)),
    ("map_max", lambda: nested(chain)),
    ("sorted_key", lambda: by_sorted(1)),
    ("any_gen", lambda: through_any(1)),
    ("abs", lambda: with_abs(1)),
    ("len", lambda: with_len([1])),
    ("split", lambda: with_split("a b")),
    ("lower", lambda: with_lower("AB")),
    ("append", lambda: with_append([])),
    ("str", lambda: with_str(5)),
    ("fstring_repr", lambda: repr(Tag())),
    ("str_dunder", lambda: str(Money())),
    ("setitem", lambda: Registry().__setitem__("K", 1)),
]
for name, run in scenarios:
    for limit in range(60, 64):
        attempt(name, limit, run)

# The same cycles entered from a function called for the first time, whose call
# sites are not specialized yet.
def first_call_print(obj):
    print(obj)


def first_call_str(obj):
    return str(obj)


for limit in range(60, 64):
    attempt("first_print", limit, lambda: first_call_print(Tag()))
for limit in range(60, 64):
    attempt("first_str", limit, lambda: first_call_str(Money()))
