# Subtracting lists.
a = [1, 2, 3, 4]
b = [2, 4]
print([x for x in a if x not in b])
print(a - b)
