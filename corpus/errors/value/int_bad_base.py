# int() with an out-of-range base from a lookup table.
bases = {"bin": 2, "oct": 8, "hex": 16, "unary": 1}
for name in ["bin", "oct", "hex"]:
    print(name, int("11", bases[name]))
print("unary", int("11", bases["unary"]))
