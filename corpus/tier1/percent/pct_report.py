# Tests % formatting used to produce a report in a loop
data = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, -7.125), ("delta", 4444, 1e3)]
print("%-8s %6s %10s" % ("name", "count", "value"))
for name, count, value in data:
    print("%-8s %6d %10.3f" % (name, count, value))
total = 0
for row in data:
    total += row[1]
print("%-8s %6d" % ("total", total))
print("%s=%d" % ("x", 1) + ", " + "%s=%d" % ("y", 2))
for i in range(1, 6):
    print("%2d: %s" % (i, "#" * i))
print("hex %04x oct %03o" % (26, 26))
for n in [0, 7, 12, 255, 4095]:
    print("%5d %5x %5X %5o %-5d|" % (n, n, n, n, n))
print("%s + %s = %s" % (1, 2, 1 + 2))
