# Variables whose type differs between loop entry and the back-edge (int on entry, float/str/None later).
def int_then_float(n):
    x = 0
    for i in range(n):
        x = x + 0.5
    return x


def none_then_int(xs):
    best = None
    for v in xs:
        if best is None or v > best:
            best = v
    return best


def str_then_list(n):
    acc = ""
    for i in range(n):
        acc = list(acc) if i == n // 2 else acc
        acc = acc + (["x"] if isinstance(acc, list) else "y")
    return len(acc), acc[:3], acc[-2:]


def float_cmp_int(limit):
    x = 0
    steps = 0
    while x < limit:
        x += 1
        steps += 1
    return x, steps


print(int_then_float(1), int_then_float(2001))
print(none_then_int([]), none_then_int([3, 9, 2]), none_then_int([2.5, 1, 2 ** 70, -1]), none_then_int(range(2000)))
print(str_then_list(10), str_then_list(1500))
print(float_cmp_int(10.5), float_cmp_int(2000.0), float_cmp_int(-1), float_cmp_int(2 ** 47 - 2 ** 47 + 3))


def branch_types(n):
    v = 0
    for i in range(n):
        if i % 3 == 0:
            v = v + 1
        elif i % 3 == 1:
            v = v * 1.5
        else:
            v = int(v) % 1000
    return v, repr(v)


print(branch_types(2000), branch_types(2001), branch_types(2002))
