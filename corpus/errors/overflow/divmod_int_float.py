# OverflowError: divmod of a huge int by a float.
print(divmod(17, 5), divmod(17, 2.5))
print(divmod(-7, 2.0))
n = 7 ** 500
print(divmod(n, 10 ** 420)[0])
print(divmod(n, 1.5))
