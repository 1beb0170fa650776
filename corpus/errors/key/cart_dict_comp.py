# Dict comprehension pricing a cart that contains an unknown product.
prices = {"milk": 129, "bread": 249, "eggs": 399}
cart = {"milk": 2, "eggs": 1}
line_totals = {p: prices[p] * q for p, q in cart.items()}
print(line_totals, sum(line_totals.values()))
cart["jam"] = 1
line_totals = {p: prices[p] * q for p, q in cart.items()}
print(line_totals)
