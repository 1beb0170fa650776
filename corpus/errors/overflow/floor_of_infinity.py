# OverflowError: math.floor of an infinite value.
import math
buckets = [0.5, 3.99, -2.5, 1e300]
for b in buckets:
    print(b, math.floor(b) if b < 1e10 else "huge")
width = 1e-10
print(math.floor(7.5 / 2.5))
print(math.floor(1e300 / width))
