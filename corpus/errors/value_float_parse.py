# Parsing a float from bad input.
readings = ["1.5", "2e3", "-0.25", "x"]
for r in readings:
    print(r, "->", float(r))
