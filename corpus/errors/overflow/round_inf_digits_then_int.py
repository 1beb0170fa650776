# OverflowError: round(inf, 2) is inf (no error) but int(inf) overflows.
peak = 1e308 * 10
print(round(peak, 2))
print(round(-peak, 1), round(2.675, 2))
print(int(round(peak, 2)))
