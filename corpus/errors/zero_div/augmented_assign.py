# Augmented division assignments; the last scale factor is zero.
value = 1000
for scale in [10, 4, 5, 0]:
    value //= scale
    print("after //=", scale, "->", value)
    value *= 3
