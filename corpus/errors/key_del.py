# Deleting a key twice.
inventory = {"apple": 3, "pear": 0, "plum": 7}
for fruit in ["pear", "plum"]:
    print("removing", fruit)
    del inventory[fruit]
print(inventory)
del inventory["pear"]
