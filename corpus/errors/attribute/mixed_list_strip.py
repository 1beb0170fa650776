# AttributeError: one element in a list of strings is actually an int.
rows = ["  alpha ", "beta  ", " gamma", 42, "delta"]
cleaned = []
for row in rows:
    item = row.strip()
    cleaned.append(item)
    print(repr(item))
print(cleaned)
