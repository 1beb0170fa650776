# Applying an integer format code to a string value in a usage table.
rows = [("cpu", 42), ("mem", 73), ("disk", "91")]
print(f"{'res':<5}{'use':>5}")
for label, pct in rows:
    print(f"{label:<5}{pct:>4d}%")
