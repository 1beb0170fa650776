# %-formatting (%d %s %r %f %.2f %5.1f %x %o %e %% and tuples/dicts) in hot loops with all value types.
out = []
for i in range(1000):
    out.append("%d:%5.1f:%x:%s" % (i, i / 7, i, "ab"[i % 2]))
print(len(out), out[:3], out[-3:])
vals = [0, -5, 2 ** 47, 2 ** 64, 3.75, -0.0, float("inf"), True, "str", None, [1, "a"], (1,)]
for v in vals:
    print("%s | %r" % (v, v))
for v in [0, 7, -7, 255, 2 ** 63, True, 3.99, -3.99]:
    print("%d %5d %-5d| %05d %x %X %o %+d" % (v, v, v, v, int(v), int(v), int(v), v))
for f in [0.0, 1.5, -2.25, 1e10, 1e-5, 123.456, float("nan")]:
    print("%f %.2f %8.3f %e %.3e %g %%" % (f, f, f, f, f, f))
print("%s and %s" % ("a", "b"), "%(x)s=%(y)d" % {"x": "k", "y": 3}, "%c%c" % (72, "i"), "%.3s" % "abcdef")
print("%-6s|%6s|" % ("ab", "cd"), "%5d" % 42)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only",))
except TypeError as e:
    print("TypeError:", e)
