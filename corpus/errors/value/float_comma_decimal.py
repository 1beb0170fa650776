# Parsing a European-style decimal with a comma.
prices = ["4.50", "12", "0.99", "3,75"]
total = 0.0
for p in prices:
    total += float(p)
    print(f"{p:>6} running {total:.2f}")
