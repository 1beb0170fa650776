# OverflowError: a float base raised to an int exponent too large to convert.
factor = 1.0000001
steps = 10 ** 6
print(round(factor ** steps, 4))
print(round(0.5 ** 10, 6))
print(factor ** (10 ** 400))
