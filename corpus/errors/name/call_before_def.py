# Calling a helper at module level before its def statement has run.
def area(w, h):
    return w * h

print("area", area(3, 4))
print("perimeter", perimeter(3, 4))

def perimeter(w, h):
    return 2 * (w + h)
