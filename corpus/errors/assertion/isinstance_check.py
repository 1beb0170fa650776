# A type check by assert with isinstance inside a function over mixed values.
def double_all(values):
    out = []
    for v in values:
        assert isinstance(v, int), f"expected int, got {v!r}"
        out.append(v * 2)
    return out

print(double_all([1, 2, 3]))
print(double_all([10, -4]))
print(double_all([5, 6.5, 7]))
