# Indexing guards the sequence's type and the index's together (one branch for
# "a pointer and an int", then the object's type): each must still fail on its
# own -- another sequence, a dict, a non-int index, both at once -- and strs
# concatenated or compared with non-strs.


def get(seq, i):
    return seq[i]


def put(seq, i, v):
    seq[i] = v
    return seq


def ch(s, i):
    return s[i]


def cat(a, b):
    return a + b, a < b


data = [10, 20, 30, 40]
for k in range(1500):
    get(data, k % 4)
    put(data, k % 4, k)
    ch("hello", k % 5)
    cat("ab", "cd")

for seq, i in [
    ([1, 2, 3], 1),
    ((4, 5, 6), 2),
    ("xyz", 0),
    ({1: "one", True: "t"}, 1),
    ([7, 8], True),
    ([7, 8], -1),
    (range(10, 20), 3),
]:
    print(get(seq, i))
for seq, i in [([1, 2], 1.0), ([1, 2], "0"), (5, 0), (None, None), ([1], 5)]:
    try:
        print(get(seq, i))
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)

print(put([0, 0, 0], 2, "v"), put({}, "k", 1), put([0, 0], False, 9))
for seq, i in [((1, 2), 0), ([1], 3), ("ab", 0)]:
    try:
        put(seq, i, 1)
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)

print(ch("hello", 1), ch("héllo", 1), ch(["a", "b"], 0), ch("abc", True))
for s, i in [("abc", 1.5), ((), 0), ("abc", 10)]:
    try:
        print(ch(s, i))
    except (TypeError, IndexError, NameError) as e:
        print(type(e).__name__, e)

print(cat("x", "y"), cat([1], [2]), cat(1, 2), cat((1,), (0,)))
for a, b in [("x", 1), (1, "x"), ("x", None)]:
    try:
        print(cat(a, b))
    except TypeError as e:
        print("TypeError:", e)
