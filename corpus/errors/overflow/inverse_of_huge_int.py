# OverflowError: a huge int raised to -1 must first become a float.
n = 2 ** 100
print(n ** -1)
print(2 ** -1, 10 ** -3)
m = 10 ** 400
print(m ** 1 == m)
print(m ** -1)
