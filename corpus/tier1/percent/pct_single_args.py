# Tests % with single non-tuple arguments of various types
print("%s" % 5, "%s" % 2.5, "%s" % "txt", "%s" % [1], "%s" % {"a": 1})
print("%r" % "q", "%r" % 5, "%r" % None)
print("%d" % 2 ** 70, "%x" % 2 ** 70, "%s" % -(2 ** 70))
print("%5s|" % "ab", "%-5s|" % "ab")
print("%.3s" % "abcdef", "%.0s|" % "abc")
x = 17
print("value: %d" % x, "neg: %d" % -x, "hex: %X" % x)
print("%s" % (x,), "%s" % ((x, x),))
for v in [0, -1, 3.75, "s", None, True, (1,)]:
    print("[%s] [%r]" % (v, v) if not isinstance(v, tuple) else "[%s]" % (v,))
print("%s" % "", "[%s]" % "", "%s%s" % ("", ""))
print("%d" % 10 ** 20, "%i" % -0, "%d" % 3)
print("%x" % 0, "%o" % 0, "%X" % 255)
print("%-4s|%4s|" % ("ab", "cd"))
