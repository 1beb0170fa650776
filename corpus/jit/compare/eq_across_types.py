# == and != between values of every type pair (int/float/bool/None/str/list/tuple/dict/set/big int), in loops.
vals = [0, 1, 1.0, True, False, None, "", "1", [], [1], (), (1,), {}, {1: 1}, set(), {1}, 2 ** 80, float(2 ** 80), 0.0, -0.0]


def eqrow(a):
    s = ""
    for b in vals:
        e = a == b
        n = a != b
        s += "=" if e else "."
        if e == n:
            s += "!"
    return s


for a in vals:
    print(repr(a).ljust(26), eqrow(a))


def hot(n):
    same = 0
    for i in range(n):
        a = vals[i % len(vals)]
        b = vals[(i * 7) % len(vals)]
        if a == b:
            same += 1
        if not (a != b):
            same += 1000
    return same


print(hot(2000))
print([1, 2] == (1, 2), {1: 2} == {1: 2.0}, {1, 2} == {2, 1}, {"a": [1]} == {"a": [1]}, (1, [2]) == (1, [2]), None == 0)
