# Printing a power too large for the default int-to-str digit limit.
def digits(n):
    return len(str(n))

for e in [10, 100, 1000]:
    print("3 **", e, "has", digits(3 ** e), "digits")
big = 3 ** 10000
print("bit length", len(bin(big)) - 2)
print("3 ** 10000 has", digits(big), "digits")
