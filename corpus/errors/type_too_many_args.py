# Calling a function with too many arguments.
def area(w, h):
    return w * h

print(area(3, 4))
print(area(5, 6))
print(area(1, 2, 3))
