# TypeError: a slice assigned a number instead of a list.
row = [0, 0, 0, 0]
row[1:3] = [7, 8]
print(row)
row[::2] = 5
