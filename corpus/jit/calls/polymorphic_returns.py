# Functions that return int, float, None, str or a tuple depending on the argument, consumed in compiled loops.
def pick(i):
    r = i % 5
    if r == 0:
        return i
    if r == 1:
        return i / 4
    if r == 2:
        return None
    if r == 3:
        return 2 ** 50 + i
    return True


def maybe_div(a, b):
    if b == 0:
        return None
    return a / b if a % b else a // b


tot = 0
nones = 0
for i in range(2000):
    v = pick(i)
    if v is None:
        nones += 1
        continue
    tot += v
print(tot, nones)
res = [maybe_div(a, b) for a in range(-3, 4) for b in range(-2, 3)]
print(res)


def implicit(n):
    if n > 5:
        return n


print([implicit(i) for i in range(3, 9)])


def switcher(n):
    out = []
    for i in range(n):
        v = pick(i) if i < n - 3 else "end"
        out.append(repr(v))
    return out[-8:]


print(switcher(1000))


def first_neg(xs):
    for x in xs:
        if x < 0:
            return x
    return None


print(first_neg([1, 2, -3.5, -4]), first_neg([]), first_neg(range(1000, -1, -1)), first_neg([0, 2 ** 70, -2 ** 70]))
