# An empty CSV field passed to int().
rows = ["alice,30,5", "bob,25,7", "carol,,2"]
for row in rows:
    name, age, visits = row.split(",")
    print(name, "visits", int(visits))
    print(name, "age", int(age))
