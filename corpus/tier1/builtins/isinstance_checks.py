# Tests isinstance with single types and tuples of types, including bool/int
vals = [1, 1.5, "s", [1], (1,), {1: 2}, {1}, True, None, range(3)]
for v in vals:
    print(repr(v), isinstance(v, int), isinstance(v, float), isinstance(v, str), isinstance(v, (list, tuple)), isinstance(v, (dict, set)))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(0, bool))
print(isinstance(1, (float, str)), isinstance(1, (float, int)), isinstance("", ()), isinstance(3, (str, (int, float))))
print(isinstance(range(1), range), isinstance([], list), isinstance((), tuple), isinstance(2 ** 100, int))
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (float,)):
        return "float"
    return "other"
print([describe(x) for x in [True, 3, 3.0, "3"]])
