# Loop variables keep their last value after the loop (and after break); unrun loops leave old values.
def after_for(n):
    i = "unset"
    for i in range(n):
        pass
    return i


print(after_for(5), after_for(0), after_for(2000))


def after_break(xs):
    for idx, x in enumerate(xs):
        if x < 0:
            break
    return idx, x


print(after_break([3, 4, -1, 5]), after_break([1, 2]))


def after_while(n):
    k = 0
    acc = 1.0
    while k < n:
        acc *= 1.5
        k += 1
    return k, acc


print(after_while(10), after_while(0))


def shadow(n):
    x = 100
    total = 0
    for x in range(n):
        total += x
    y = x * 2
    return x, y, total


print(shadow(1000), shadow(1))
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
for ch in "hello":
    pass
print(ch)
for k in {"z": 1, "y": 2}:
    pass
print(k)


def comp_scope():
    j = "outer"
    lst = [j for j in range(5)]
    return j, lst


print(comp_scope())
