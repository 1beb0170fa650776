# An inventory invariant (no negative stock) checked after each order, f-string message.
stock = {"apple": 5, "pear": 2, "plum": 7}
orders = [("apple", 3), ("plum", 4), ("pear", 3), ("apple", 1)]
for item, qty in orders:
    stock[item] -= qty
    print(f"{item}: {stock[item]} left")
    assert stock[item] >= 0, f"negative stock for {item}: {stock[item]}"
