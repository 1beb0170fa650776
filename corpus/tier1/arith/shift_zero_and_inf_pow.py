# Zero shifted any distance is zero; -inf to a non-integer power is real.
print(0 << 10**20, 0 >> 10**20, -1 >> 10**20, 5 >> 10**20, 0 << 0)
print(float("-inf") ** 0.5, float("-inf") ** -2.5, float("-inf") ** 3.0, float("-inf") ** -3.0)
print(pow(float("-inf"), 0.5), float("-inf") ** 2.0, float("inf") ** -0.5)
try:
    print(1 << 10**20)
except OverflowError as e:
    print("OverflowError")
