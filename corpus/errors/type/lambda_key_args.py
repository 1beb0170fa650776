# A two-argument lambda used as a one-argument sort key.
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda name, n: n))
