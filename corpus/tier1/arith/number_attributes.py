# The data attributes of ints and floats: real, imag, numerator, denominator.
for v in [5, -3, 0, True, False, 2**80, -(2**70)]:
    print(v.real, v.imag, v.numerator, v.denominator, type(v.real).__name__)
for f in [1.5, -0.0, float("inf"), 1e300]:
    print(f.real, f.imag, type(f.imag).__name__)
n = 12
total = n.numerator * 10 + n.denominator
print(total, (7).real + (2.5).imag)
print((1.5).numerator)
