# Compound growth that overflows a float.
rate = 10.0
for years in (10, 100, 300, 400):
    print(years, rate ** years)
