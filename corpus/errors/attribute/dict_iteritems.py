# AttributeError: Python 2 style dict.iteritems().
inventory = {"apples": 3, "pears": 0, "plums": 12}
for name, count in inventory.items():
    print(f"{name:>8}: {count}")
restock = {k: v + 5 for k, v in inventory.items() if v < 5}
print(restock)
for name, count in restock.iteritems():
    print(name, count)
