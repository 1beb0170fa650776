# Unpacking an undefined list of extra columns into print().
header = ["name", "qty"]
print(*header, sep=" | ")
rows = [["nut", 5], ["bolt", 9]]
for r in rows:
    print(*r, sep=" | ")
print(*header, *extra_columns, sep=" | ")
