# A table keyed by powers of two is missing one large power.
powers = {2 ** k: k for k in range(0, 100, 10)}
print(sorted(powers.values()))
for n in [1, 1024, 2 ** 90, 2 ** 95]:
    print(n, "is 2 **", powers[n])
