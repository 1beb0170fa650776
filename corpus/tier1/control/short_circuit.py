# Tests and/or returning operands and short-circuit evaluation order
def t(x):
    print("t", x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "dflt", "a" and "b")
print(None or 0, [] or {} or "last", 0 and 1 / 0, 1 or 1 / 0)
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(t(0) or t("") or t([]))
print(t(1) and t(0) or t(9))
print(not 0, not 1, not "", not [1], not None)
print(not 1 == 2, not (1 and 0))
x = None
name = x or "anonymous"
print(name)
xs = []
print(xs and xs[0], len(xs) > 0 and xs[0])
ys = [7]
print(ys and ys[0])
print((1 or 2) + 10, (0 and 2) + 10, True and 3, False or 0.0)
print([] or [1] and [2], 1 and [] or "x")
