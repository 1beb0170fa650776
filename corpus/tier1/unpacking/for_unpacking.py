# Tests for-loop target unpacking over pairs, dict items, zip and enumerate
pairs = [(1, "a"), (2, "b"), (3, "c")]
for num, letter in pairs:
    print(num, letter)
for k, v in {"x": 10, "y": 20}.items():
    print(k, v)
for a, b, c in [(1, 2, 3), "xyz", [7, 8, 9]]:
    print(a, b, c)
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a + b)
total = 0
for x, y in zip(range(5), range(5, 10)):
    total += x * y
print(total)
coords = [[1, 2], [3, 4]]
for x, y in coords:
    x, y = y, x
    print(x, y)
print(coords)
for key, (lo, hi) in {"r": (0, 9), "s": (5, 6)}.items():
    print(key, hi - lo)
