# Formatting a missing (None) value with a width spec in a report table.
rows = [("apples", 12), ("pears", 7), ("plums", None)]
print(f"{'item':<8}|{'qty':>5}")
for name, qty in rows:
    print(f"{name:<8}|{qty:>5}")
