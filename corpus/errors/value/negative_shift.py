# A negative shift count when building bit masks.
def mask(bits):
    return (1 << bits) - 1

for b in [1, 4, 8]:
    print(b, bin(mask(b)))
widths = [3, 0, -2]
print([mask(w) for w in widths])
