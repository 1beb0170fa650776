# Nested call chain ending in a division by zero.
def ratio(a, b):
    return a / b

def normalise(values):
    total = sum(values)
    return [ratio(v, total) for v in values]

print(normalise([1, 1, 2]))
print(normalise([3, -3]))
