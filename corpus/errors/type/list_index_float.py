# Indexing a list with the float result of `/` to find the median.
def median(xs):
    xs = sorted(xs)
    mid = len(xs) / 2
    print("sorted:", xs, "mid:", mid)
    return xs[mid]

print("computing medians")
print(median([9, 4, 7]))
