# Reading sys.maxsize without importing sys.
values = [7, 3, 9]
smallest = min(values)
print("smallest:", smallest)
best = sys.maxsize
for v in values:
    best = min(best, v)
print(best)
