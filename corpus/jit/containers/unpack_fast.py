# Unpacking tuples and lists of the expected length in hot loops, then ones of the
# wrong length (ValueError), strings and other iterables.
pairs = [(i, i * i) for i in range(500)]
total = 0
for a, b in pairs:
    total += a * b
print(total)


def swap_loop(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


print(swap_loop(3000))
rows = [[1, 2, 3], [4, 5, 6], (7, 8, 9), "abc", range(3)]
for rnd in range(60):
    out = []
    for row in rows:
        x, y, z = row
        out.append((x, z))
    if rnd % 20 == 0:
        print(out)
bad = [(1, 2), (1, 2, 3), [1], (4, 5)]
for item in bad * 30:
    try:
        p, q = item
    except ValueError as e:
        p, q = str(e), None
print(p, q)
try:
    for i in range(200):
        u, v = (i, i) if i < 150 else [i]
except ValueError as e:
    print(i, "ValueError:", e)
