# OverflowError: a small float raised to a large negative power.
half = 0.5
for n in [-1, -10, -100, -1000]:
    print(n, half ** n)
print(half ** -1024)
