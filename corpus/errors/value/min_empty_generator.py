# min() over a generator that yields nothing after filtering.
temps = {"mon": 12, "tue": 9, "wed": 15}
print("coldest:", min(temps.values()))
print("coldest day:", min(temps, key=lambda d: temps[d]))
freezing = min(t for t in temps.values() if t < 0)
print("freezing:", freezing)
