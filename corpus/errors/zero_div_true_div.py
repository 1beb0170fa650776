# Average of an empty bucket divides by zero.
buckets = {"a": [3, 4, 5], "b": [10], "c": []}
for name in buckets:
    values = buckets[name]
    print(name, "count", len(values))
    print(name, "mean", sum(values) / len(values))
