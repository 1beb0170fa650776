# `%` takes a list on its right like a mapping (as CPython does): no error when the
# format has no specifier, and %(key)s indexes it.
print("abc" % [])
print("abc" % [1, 2])
print("%s" % [1, 2])
print("%d%%" % 5, "%s" % {1: 2}, "%(a)s" % {"a": 3})
for f, a in [("%(a)s", [1, 2]), ("%s %s", [1, 2]), ("%(a)s", {}), ("%d", [1]), ("x", {1: 2}), ("x", (1,)), ("%s", ())]:
    try:
        print(f % a)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
