# OverflowError: math.isclose converts a huge int to float.
import math
print(math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(1e308, 1e308 * (1 + 1e-12)))
n = 10 ** 400
print(n == n + 0)
print(math.isclose(n, n + 1))
