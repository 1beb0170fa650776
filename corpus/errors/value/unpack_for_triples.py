# Unpacking dict items into three names in a for loop.
stock = {"apples": (3, 0.5), "pears": (2, 0.75)}
for name, (qty, price) in stock.items():
    print(name, qty * price)
for name, qty, price in stock.items():
    print(name, qty, price)
