# OverflowError: math.sqrt converts its int argument to float first.
import math

def is_square(n):
    r = int(math.sqrt(n))
    return r * r == n

for n in [16, 17, 144, 10 ** 20]:
    print(n, is_square(n))
print(is_square(3 ** 700))
