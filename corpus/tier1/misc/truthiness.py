# Tests truthiness of every Tier 1 type via bool(), not, and if
values = [0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", " ", "0", [], [0], [[]], (), (0,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), 10 ** 100, -(10 ** 100)]
for v in values:
    t = "T" if v else "F"
    print(repr(v), bool(v), not v, t)
print(sum(1 for v in values if v), len(values))
def truthy_kind(v):
    if v:
        return "truthy"
    return "falsy"
print([truthy_kind(v) for v in [0, 0.0, "", (), [], {}, None, False]])
print([truthy_kind(v) for v in [1, -0.5, "x", (None,), [[]], {None: None}, True]])
x = []
while not x:
    x.append(1)
print(x)
print(bool([] or ()), bool([] or [0]), bool(0 or 0.0 or ""))
n = 3
while n:
    n -= 1
print(n, not n)
print(len([v for v in [0, 1, 2, "", "a"] if v]))
