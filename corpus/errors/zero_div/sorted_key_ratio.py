# sorted() with a key function that divides by a zero weight.
items = [("bolt", 12, 4), ("nut", 9, 9), ("gear", 30, 6)]
def density(item):
    name, mass, volume = item
    return mass / volume

print([n for n, m, v in sorted(items, key=density)])
items.append(("ghost", 1, 0))
print(len(items), "items")
print([n for n, m, v in sorted(items, key=density)])
