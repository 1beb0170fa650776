# len() of an integer.
items = ["a", "bb", "ccc"]
for it in items:
    print(it, len(it))
count = 42
print(len(count))
