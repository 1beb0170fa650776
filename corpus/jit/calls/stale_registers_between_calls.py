# A frame's temporaries start with whatever an earlier frame left in those stack
# slots; its named locals must still start unbound, and a collection in between
# must not leave the temporaries pointing at freed objects.


def fill(depth):
    # Leaves lists in the registers of many frames above the caller's.
    if depth == 0:
        return [depth, [depth]]
    parts = [depth, [depth] * 3, str(depth)]
    return [fill(depth - 1), parts]


def maybe(flag):
    if flag:
        value = "set"
    return value  # UnboundLocalError when flag is false


def churn(n):
    # Allocates enough to collect, with the stale slots above the live frames.
    keep = []
    for i in range(n):
        keep.append([i, str(i), (i, i + 1)])
        if len(keep) > 50:
            keep = keep[25:]
    return len(keep)


def temps(a, b):
    # Only temporaries past the arguments: they are written before being read.
    return (a + b) * (a - b) + len([a, b, a * b])


total = 0
for round_ in range(300):
    fill(30)
    total += churn(200)
    total += temps(round_, 3)
    try:
        maybe(round_ % 7 == 0)
        total += 1
    except UnboundLocalError as e:
        if round_ == 1:
            print("error:", e)
        total -= 1
print("total:", total)
print(maybe(True))
maybe(False)
