# Calling a function with a missing argument.
def scale(point, factor):
    return (point[0] * factor, point[1] * factor)

print(scale((1, 2), 3))
print(scale((1, 2)))
