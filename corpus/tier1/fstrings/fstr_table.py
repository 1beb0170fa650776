# Tests f-strings building an aligned table with mixed specs
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 200, 0.125), ("dates", 7, 3.0)]
print(f"{'item':<10}|{'qty':>5}|{'price':>8}|{'total':>9}")
print("-" * 35)
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}|{qty:>5d}|{price:>8.3f}|{total:>9.2f}")
print("-" * 35)
print(f"{'sum':<10}|{sum(r[1] for r in rows):>5}|{'':>8}|{grand:>9.2f}")
print(f"{len(rows)} rows, avg qty {sum(r[1] for r in rows) / len(rows):.2f}")
for i, (name, qty, price) in enumerate(rows, 1):
    print(f"{i:02d}. {name.upper():^12} {qty:#x} {qty:b}")
widths = [4, 8, 6]
header = ["id", "name", "score"]
print("".join(f"{h:^{w}}" for h, w in zip(header, widths)))
for i, (n, s) in enumerate([("ann", 9.5), ("bartholomew", 7.25), ("cy", 10.0)]):
    print(f"{i:^4}{n[:8]:<8}{s:>6.2f}")
print(f"{'=' * sum(widths)}")
