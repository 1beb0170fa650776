# OverflowError: float ** int compounding over an absurd number of periods.
def grow(principal, rate, periods):
    return principal * (1 + rate) ** periods

for years in [1, 10, 30, 100]:
    print(years, round(grow(1000.0, 0.05, years), 2))
monthly = 0.5
print(f"{grow(1.0, monthly, 1000):.3e}")
print(grow(1.0, monthly, 5000))
