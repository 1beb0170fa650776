# Sample variance divides by n - 1, which is zero for a single sample.
def variance(xs):
    n = len(xs)
    mean = sum(xs) / n
    return sum((x - mean) ** 2 for x in xs) / (n - 1)

for data in ([2, 4, 4, 4, 5, 5, 7, 9], [1.5, 2.5], [42]):
    print(len(data), "samples, mean", sum(data) / len(data))
    print("  variance", variance(data))
