# A function that declares the same parameter name twice.
def scale(x, factor, x):
    return x * factor

print(scale(2, 3, 4))
