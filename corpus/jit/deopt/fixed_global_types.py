# Globals bound once at the top level, of every kind, used in hot functions: the
# JIT takes each as a constant of its type. Lists and dicts bound for good still
# change in place; an int near the small-int limit still overflows into a big int.
BIG = 2 ** 46 + 3
HUGE = 2 ** 80
RATE = 0.25
NAME = "krait"
PAIR = (3, 4)
ITEMS = []
TABLE = {}
DEBUG = False
NOTHING = None


def fill(n):
    for i in range(n):
        ITEMS.append(i * PAIR[0] + PAIR[1])
        TABLE[i % 7] = TABLE.get(i % 7, 0) + i
    return len(ITEMS)


def mix(n):
    total = 0
    acc = 0.0
    for i in range(n):
        total += ITEMS[i] % 11 + len(NAME)
        acc += RATE * i
        if DEBUG:
            total -= 1
        if NOTHING is None:
            total += 1
    return total, acc


def grow(n):
    x = 0
    for i in range(n):
        x = BIG * 2 + i
    return x, x + BIG * 4, HUGE + n


def rebuild(n):
    del ITEMS[: n // 2]
    ITEMS.extend(range(5))
    ITEMS[0] = "first"
    TABLE.clear()
    return ITEMS[0], len(ITEMS), sum(x for x in ITEMS[1:] if x < 10), len(TABLE)


for n in (5, 50, 400):
    print(fill(n), mix(n), grow(n), sorted(TABLE.items())[:3])
print(rebuild(40))
print(NAME[1:], PAIR[1] * RATE, TABLE)
