# Raising ZeroDivisionError explicitly with a custom message.
def unit_price(total_cents, quantity):
    if quantity == 0:
        raise ZeroDivisionError(f"no units to price ({total_cents} cents)")
    return total_cents // quantity

orders = [(1250, 5), (999, 3), (400, 0)]
for cents, qty in orders:
    print(cents, qty, unit_price(cents, qty))
