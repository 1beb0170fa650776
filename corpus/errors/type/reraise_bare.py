# A handler that logs and re-raises a TypeError with bare raise.
def add_all(values):
    total = 0
    for v in values:
        try:
            total += v
        except TypeError:
            print("bad value:", repr(v))
            raise
    return total

print(add_all([1, 2, 3]))
print(add_all([4, None, 6]))
