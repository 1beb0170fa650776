# OverflowError: repeating a string a number of times too big for an index.
line = "-" * 20
print(line)
print("ab" * 3, len("xyz" * 1000))
count = 2 ** 70
print(count)
banner = "=" * count
