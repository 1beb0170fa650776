# Parsing CSV-like lines where one record lacks its last field.
lines = ["alice,30,paris", "bob,25,oslo", "carol,41"]
for line in lines:
    fields = line.split(",")
    name, age = fields[0], int(fields[1])
    print(f"{name:<6} {age:>3}", end=" ")
    print(fields[2].upper())
