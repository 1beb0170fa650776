# Harmonic mean: 1/x inside a generator expression hits a zero.
def harmonic_mean(xs):
    return len(xs) / sum(1 / x for x in xs)

print(round(harmonic_mean([1, 2, 4]), 6))
print(round(harmonic_mean([2.5, 2.5]), 6))
print(round(harmonic_mean([3, 0, 3]), 6))
