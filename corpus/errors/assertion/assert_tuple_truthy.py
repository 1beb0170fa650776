# The values asserted are containers and strings: empty ones are falsy.
checks = [[1], "x", (0,), {"k": 0}, ""]
for c in checks:
    print("checking", repr(c))
    assert c, "empty value: " + repr(c)
