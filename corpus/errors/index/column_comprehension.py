# Extracting a column from ragged rows in a list comprehension.
rows = [[1, "ann", 34], [2, "bob", 27], [3, "cy"]]
names = [r[1] for r in rows]
print(names)
ages = [r[2] for r in rows]
print(ages)
