# Tests repr/str of common floats (shortest round-trip representation)
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1.5, 2.675, 3.14159, 100.0, 1e10]
for v in vals:
    print(v, repr(v), str(v))
print(1 / 3, 2 / 3, 10 / 3, 22 / 7)
print(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1)
print(123456789.123, 0.000123, 12345.6789)
print(1.0 / 8, 5.0 / 4, 7.0 / 16)
print(float(1), float(-7), float(2 ** 53))
print(9.5, 1.25e2, .5, 5., 0.5e-1)
print(3.0 * 2, 3.0 - 3.0, 2.5 * -2)
for v in [1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9]:
    print(v, v * 3, v / 3, v + 0.01)
print(0.1 + 0.7, 0.3 - 0.1, 4.35 * 100, 1.15 * 3)
print(1.0 + 2 ** -52, 1.0 - 2 ** -53, 2.0 ** 0.5)
