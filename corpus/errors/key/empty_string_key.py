# Splitting on commas yields an empty field that is not a known code.
codes = {"a": 1, "b": 2, "c": 3}
line = "a,b,,c"
total = 0
for field in line.split(","):
    total += codes[field]
    print(repr(field), "total", total)
