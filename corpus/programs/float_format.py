# Float arithmetic and printing: repr, str, rounding, formatting, special values.

values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1e-4 / 3,
          1.5e300 * 1e10, -0.0, 2.5, 3.0, 100.0, 1e22, 1e21, 12345678901234567890.0, 5e-324,
          1.7976931348623157e308, 0.5 ** 60, 2 ** 0.5, 10 / 4, 7 // 2.0, -7 // 2.0, -7 % 2.5, 7.5 % -2]
for v in values:
    print(repr(v), str(v), f"{v}", f"{v:.3g}", f"{v:e}" if v == v and abs(v) < 1e308 else "")

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf - inf, inf * 0, -nan, float("-inf"), float("  3.25 "), float("1e3"))
print(nan == nan, nan != nan, inf > 1e308, -inf < -1e308, nan < 1, nan > 1, inf == inf)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1234.5678, -2))
print(round(7), round(7.0), round(-0.4), round(1e20), round(123.456, 1), round(-1.5))
print(int(3.99), int(-3.99), int(1e18), float(10 ** 18), float(2 ** 53 + 1), int("-17"), float(7))
print(abs(-2.5), abs(-0.0), -(0.0), 0.0 == -0.0, max(0.0, -0.0), min(-0.0, 0.0))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2), 2 ** -1, 2 ** -2, (-2) ** 3, 4 ** 0.5, 8 ** (1 / 3))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 1023 * 2, 0.1 * 3, 0.1 * 3 == 0.3)
print(f"{3.14159:.2f}|{3.14159:8.3f}|{3.14159:<8.1f}|{-3.14159:+.4f}|{1234567.891:,.2f}|{0.000123:.2e}")
print(f"{1e10:g}|{1e-10:g}|{123456789.0:g}|{0.5:%}|{0.123:.1%}|{42.0:05.1f}|{-1.0:06.2f}")
print("%.3f %10.4f %-10.2f| %e %g %g" % (2.0 / 3, 3.14159, 2.5, 1234.5, 0.0001, 1e-5))
print(str(1.0), str(-1.0), str(1.10), str(1e100), str(123e-20), 1.0 * 10 ** 16, 9007199254740993.0)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10), abs(total - 1.0) < 1e-9)
print(sorted([3.5, -1e-9, 0.0, 1e9, -2.25, 7, 2]), max(1, 1.0), min(2.0, 2), 3 == 3.0, 0.5 == 1 / 2)
print(float(True), 1 + True, True + True, 3 * 1.5, 7 / 7, 0 / 5, -0 / 5, 0.0 / -5)
