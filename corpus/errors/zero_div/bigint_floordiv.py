# A big integer floor-divided by a difference that becomes zero.
big = 2 ** 100 + 7
print(big)
for k in (3, 2, 1):
    d = k * k - 1
    print(k, d)
    print("  ", big // d)
