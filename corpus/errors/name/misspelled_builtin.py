# A misspelled builtin (`lenght`) in a report loop.
names = ["ann", "bartholomew", "cy"]
widest = 0
for n in names:
    widest = max(widest, len(n))
print("widest name:", widest)
for n in names:
    print(n.ljust(widest), "|", lenght(n))
