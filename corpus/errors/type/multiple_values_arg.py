# Passing the same parameter both positionally and by keyword.
def scale(value, factor=2, offset=0):
    return value * factor + offset

print(scale(3))
print(scale(3, 5))
print(scale(3, offset=1))
print(scale(4, 3, factor=10))
