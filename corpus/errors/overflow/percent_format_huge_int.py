# OverflowError: %-formatting a huge int with %.2f.
rows = [("apples", 3), ("grains", 6 * 10 ** 23)]
for name, qty in rows:
    print("%-8s %12.2f" % (name, qty))
atoms = 10 ** 500
print("%d digits" % len(str(atoms)))
print("%.2f" % atoms)
