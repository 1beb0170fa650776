# A helper used in a generator expression inside another function's return.
def total_cost(items):
    print("pricing", len(items), "items")
    return sum(price_of(i) * q for i, q in items)

print(total_cost([]))
print(total_cost([("pen", 2), ("pad", 1)]))
