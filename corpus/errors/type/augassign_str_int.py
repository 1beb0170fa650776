# Accumulating fields from a CSV line without converting them.
line = "widget,3,4,5"
name, *counts = line.split(",")
print("name:", name, "fields:", counts)
total = 0
for c in counts:
    print("adding", c)
    total += c
print(total)
