# OverflowError: a left shift whose result would have too many digits.
for bits in [8, 16, 64, 200]:
    print(bits, (1 << bits) - 1 == 2 ** bits - 1)
print((1 << 4000).bit_length())
print(1 << (10 ** 20))
