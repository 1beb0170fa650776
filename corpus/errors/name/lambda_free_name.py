# A sort-key lambda referring to a column variable that was never set.
rows = [("bob", 31), ("ann", 25), ("cy", 40)]
print(sorted(rows))
by_age = sorted(rows, key=lambda r: r[1])
print(by_age)
by_col = sorted(rows, key=lambda r: r[sort_column])
print(by_col)
