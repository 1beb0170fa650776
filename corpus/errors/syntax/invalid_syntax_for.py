items = [1, 2, 3]
for in items:
    print(items)
