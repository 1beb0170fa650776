# Tests float comparisons, min/max and sorting of floats
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 < 1.0000000000000002, 1.0 == 1.00000000000000001)
print(sorted([3.5, -1.25, 0.0, 2.0, -7.75, 1e-3]))
print(min(0.5, 0.25, 0.75), max(-1.0, -0.5, -2.0))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(2.5 in [1, 2.5, 3], 2 in [1.0, 2.0], 3.0 in (1, 2, 3))
print([1.0, 2.0] == [1, 2], (0.5, 1) < (0.5, 2))
print(-1.5 < -1 < -0.5 < 0 < 0.5)
print(1e16 + 1 == 1e16, 2 ** 53 + 1.0 == 2 ** 53)
print(sorted([2, 1.5, True, 0.25, 0]))
vals = [0.1, 0.2, 0.30000000000000004, 0.3]
for a in vals:
    print(a, [a < b for b in vals], [a == b for b in vals])
print(float("inf") > 1e308, 1e308 < float("inf"), -1e308 > float("-inf"))
print(0.5 == 1 / 2, 1 / 3 == 0.3333333333333333, 2 / 3 > 0.6666)
print(max([0.1, 0.01, 0.001]), min([1e-10, 1e-20, 1e-5]))
