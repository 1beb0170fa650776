# Using a list as a dict key.
seen = {}
for pair in ([1, 2], [3, 4]):
    print("pair", pair, "as tuple", tuple(pair))
    seen[tuple(pair)] = True
print(len(seen))
seen[[5, 6]] = True
