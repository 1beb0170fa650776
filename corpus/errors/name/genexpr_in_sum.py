# An undefined weight table used inside a generator expression.
items = {"a": 2, "b": 5, "c": 1}
print("count:", sum(items.values()))
print("keys:", sorted(items))
weighted = sum(n * WEIGHTS[k] for k, n in items.items())
print("weighted:", weighted)
