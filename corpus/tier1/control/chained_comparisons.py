# Tests chained comparisons, including evaluation-once of middle operands
def val(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 < 2, 1 < 2 == 2)
print(0 <= 5 < 10, 0 <= 10 < 10, -1 < 0 > -2)
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(1 < 2 > 1 < 2 > 1, 1 < 2 < 3 < 4 < 5 < 4)
print("a" < "b" < "c", [1] < [2] < [3], (1,) < (1, 0) < (2,))
x = 5
print(1 <= x <= 10, 1 <= x <= 4, x == 5 != 6, x is not None is not False)
print(1 in [1] in [[1]], 2 not in [1] in [[1]])
print((1 < 2) is True, (2 < 1) is False, (1 < 2) == 1)
for v in [-1, 0, 5, 10, 11]:
    print(v, 0 <= v <= 10, 0 < v < 10, v < 0 or v > 10)
y = 3
print(1 < y != 3, 1 < y == 3, y > 2 < 5 > 1)
print(val(2) == val(2) == val(3) == val(4))
print("" < "a" < "aa" < "b")
