# + and * on str, list and tuple with ints, bools, negative and boundary multipliers, at shared sites in loops.
def plus(a, b):
    return a + b


def times(a, b):
    return a * b


seqs = ["ab", [1, 2], (3,), "", [], ()]
for s in seqs:
    print(repr(s), [times(s, k) for k in (0, 1, 2, -1, True, False)], times(3, s), plus(s, s))
for a in seqs:
    row = []
    for b in seqs:
        try:
            row.append(plus(a, b))
        except TypeError as e:
            row.append("TE")
    print(repr(a), row)


def hot(n):
    s = ""
    l = []
    t = ()
    for i in range(n):
        s = s + "x" if i % 2 else s + "y"
        l = l + [i] if i % 100 == 0 else l
        t = t + (i,) if i % 250 == 0 else t
    return len(s), s[:6], l, t


print(hot(1500))
for k in [2.0, "2", None, [2]]:
    try:
        print("ab" * k)
    except TypeError as e:
        print("TypeError:", e)
try:
    print([0] * (2 ** 63))
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
print("ab" * (2 ** 47 - 2 ** 47 + 2), [None] * -(2 ** 40), "z" * -5, [1] * -(2 ** 63))
try:
    print([None] * -(2 ** 70))
except OverflowError as e:
    print("OverflowError:", e)
