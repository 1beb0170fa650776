# OverflowError: formatting a huge int with a float format spec.
amounts = [1234, 5.5, 10 ** 20]
for a in amounts:
    print(f"{a:,.2f}")
national_debt = 3 ** 800
print(f"{national_debt % 10 ** 6:,}")
print(f"{national_debt:.2f}")
