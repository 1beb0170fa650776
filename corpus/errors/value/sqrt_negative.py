# math.sqrt of a negative discriminant when solving quadratics.
import math

def roots(a, b, c):
    d = b * b - 4 * a * c
    print("discriminant", d)
    r = math.sqrt(d)
    return ((-b - r) / (2 * a), (-b + r) / (2 * a))

print(roots(1, -3, 2))
print(roots(1, 2, 5))
