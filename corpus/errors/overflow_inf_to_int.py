# Converting infinity to int.
values = [1.5, 1e300, 1e300 * 1e300]
for v in values:
    print(v)
    print(int(v))
