# OverflowError: math.hypot with an int side beyond the float range.
import math
for a, b in [(3, 4), (5, 12), (1e200, 1e200)]:
    print(a, b, math.hypot(a, b))
side = 2 ** 1100
print(side.bit_length())
print(math.hypot(side, 1))
