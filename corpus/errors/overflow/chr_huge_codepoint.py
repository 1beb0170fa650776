# OverflowError: chr() of an int too big for a C int.
for cp in [65, 97, 955, 8364]:
    print(cp, chr(cp))
offset = 10 ** 20
print(ord("a") + offset)
print(chr(ord("a") + offset))
