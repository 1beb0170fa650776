# Using a variable after del.
buffer = [1, 2, 3]
print(buffer)
del buffer
print("deleted")
print(buffer)
