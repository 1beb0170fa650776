# Inventory report with f-string tables, restocking and category summaries.

inventory = [
    # sku, name, category, qty, unit price (cents), reorder level
    ("A-100", "Widget", "hardware", 120, 250, 50),
    ("A-101", "Gadget", "hardware", 8, 1299, 10),
    ("A-102", "Sprocket", "hardware", 0, 75, 100),
    ("B-200", "Notebook", "stationery", 340, 199, 100),
    ("B-201", "Pen (blue)", "stationery", 1200, 49, 500),
    ("B-202", "Stapler", "stationery", 15, 899, 20),
    ("C-300", "Coffee beans 1kg", "pantry", 42, 1850, 30),
    ("C-301", "Green tea", "pantry", 5, 650, 25),
    ("C-302", "Sugar cubes", "pantry", 77, 320, 40),
    ("D-400", "USB cable", "electronics", 64, 599, 30),
    ("D-401", "Power bank 10000mAh", "electronics", 3, 3499, 5),
]


def money(c):
    return f"{c / 100:,.2f}"


header = f"{'SKU':<6} {'Name':<22} {'Category':<12} {'Qty':>5} {'Price':>9} {'Value':>11}"
print(header)
print("-" * len(header))
total_value = 0
for sku, name, cat, qty, price, reorder in inventory:
    value = qty * price
    total_value += value
    flag = " !" if qty < reorder else ""
    print(f"{sku:<6} {name:<22} {cat:<12} {qty:>5} {money(price):>9} {money(value):>11}{flag}")
print("-" * len(header))
print(f"{'TOTAL':<48}{money(total_value):>21}")
print()

cats = {}
for sku, name, cat, qty, price, reorder in inventory:
    c = cats.setdefault(cat, {"items": 0, "units": 0, "value": 0})
    c["items"] += 1
    c["units"] += qty
    c["value"] += qty * price
print(f"{'category':<12}|{'items':^7}|{'units':^8}|{'value':^12}|{'share':^8}")
for cat in sorted(cats):
    c = cats[cat]
    share = 100.0 * c["value"] / total_value
    print(f"{cat:<12}|{c['items']:^7}|{c['units']:^8}|{money(c['value']):>11} |{share:7.2f}%")
print()

orders = []
for sku, name, cat, qty, price, reorder in inventory:
    if qty < reorder:
        want = reorder * 2 - qty
        orders.append((sku, name, want, want * price))


def order_cost(o):
    return (-o[3], o[0])


print("Reorder list:")
for sku, name, want, cost in sorted(orders, key=order_cost):
    print(f"  {sku} {name:.<28}{want:>6} units  ${money(cost):>10}")
print(f"  order total: ${money(sum(o[3] for o in orders))}")


def price_of(item):
    return item[4]


print("cheapest:", min(inventory, key=price_of)[1], "| dearest:", max(inventory, key=price_of)[1])
print("%-10s %5d %8.2f" % ("summary", len(inventory), total_value / 100))
print("{} items, {:,} units, average price {:.3f}".format(len(inventory), sum(i[3] for i in inventory), sum(i[4] for i in inventory) / len(inventory) / 100))
