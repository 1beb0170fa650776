# Too many arguments for a %-format string.
def line(label, value, unit):
    return "%s: %s" % (label, value, unit)

print("%s=%d" % ("x", 1))
print("%5.1f%%" % 12.345)
print(line("speed", 3, "m/s"))
