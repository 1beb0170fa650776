# Tests % formatting of floats with f, e, E, g, G and rounding
for v in [0.5, 1.5, 2.5, 0.125, 2.675, 1e-5, 123456789.0, 1e20, -0.0]:
    print("%f|%.2f|%e|%.3E|%g|%G|%.3g" % (v, v, v, v, v, v, v))
print("%.1f %.1f %.1f %.1f" % (0.05, 0.15, 0.25, 0.35))
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")))
print("%s %s" % (0.1 + 0.2, 1 / 3))
print("%.10f %.15g %.17g" % (0.1, 0.1, 0.1))
print("%5.1f%%" % 99.44)
print("%e" % 0, "%f" % 7, "%g" % 100000, "%g" % 1000000)
for p in range(0, 6):
    print(("%." + str(p) + "f") % 3.14159)
for v in [1e-4, 1e-5, 123456.0, 1234567.0, 0.0]:
    print("%g %G %.2g %e" % (v, v, v, v))
print("%10.3e|%-12.2E|%+g" % (12345.678, 0.00012, 5.0))
print("%.0e %.1e %#.0f %#g" % (15000, 0.25, 3, 2.0))
