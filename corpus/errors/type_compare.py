# Sorting a mixed list.
names = ["pear", "apple", "fig"]
print(sorted(names))
mixed = names + [3]
print(mixed)
print(sorted(mixed))
