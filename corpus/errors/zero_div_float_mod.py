# Wrapping an angle with a zero period.
angles = [370.0, -45.0, 720.5]
periods = [360.0, 360.0, 0.0]
for a, p in zip(angles, periods):
    print("wrapping", a, "by", p)
    print("  ->", a % p)
