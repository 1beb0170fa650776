# Parsing digits that are invalid for the base.
for s, base in (("ff", 16), ("777", 8), ("102", 2)):
    print(s, base)
    print(" =", int(s, base))
