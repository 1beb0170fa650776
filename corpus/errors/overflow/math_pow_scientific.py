# OverflowError: math.pow with an exponent beyond the float range.
import math

def scale(mantissa, exponent):
    return mantissa * math.pow(10, exponent)

print(scale(1.5, 3))
print(scale(6.02, 23))
print(scale(1.0, -5))
print(scale(9.99, 308))
print(scale(1.0, 309))
