# OverflowError: %d formatting of an infinite float.
values = [42, 3.9, -7.2]
for v in values:
    print("%d" % v)
limit = float("inf")
print("%s %r" % (limit, limit))
print("%d" % limit)
