# OverflowError: len() of a range with more items than fit in a machine size.
r = range(0, 10 ** 20, 7)
print(r[0], r[1], r[-1] % 1000)
print(10 ** 19 in r, 14 in r)
small = range(5, 50, 5)
print(len(small), list(small))
print(len(r))
