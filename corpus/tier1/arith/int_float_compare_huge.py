# Comparing ints with floats exactly, past 2**127 too (a float's floor converted
# through a 128-bit int saturated there: 2**1000 == 2.0**1000 was False, and
# 2**1000 < 1e308 too). Found by ci/fuzz-jit.
xs = [2, -6, -(2**47) - 1, 2**1000, 2**63, -(2**300), 2**46, 2**100, 2**53 + 1,
      2**64 - 1, 10**400, -(10**400), 2**127, 2**128 + 1, -(2**127)]
ys = [5e-324, -1.0, -1e200, 1e100, 1.0, 9.223372036854776e18, 2.0**53, 2.0**64,
      2.0**1000, float("inf"), float("-inf"), float("nan"), 1e308, 2.0**127,
      -(2.0**127), 2.0**128, 1.5e38]
rows = []
for a in xs:
    row = ""
    for b in ys:
        for t in (a < b, a <= b, a == b, a != b, a > b, a >= b, b < a, b == a):
            row += "1" if t else "0"
    rows.append(row)
for r in rows:
    print(r)
print(2**1000 == 2.0**1000, 2**1000 < 1e308, -(2**300) > -1e200, 2**127 == 2.0**127)
print(max(2**1000, 1e308), min(-(2**300), -1e200), sorted([1e308, 2**1000, 2.0**1000, -1e200, -(2**300)]))
d = {2.0**1000: "float key"}
print(d.get(2**1000), 2**1000 in {2.0**1000}, hash(2**1000) == hash(2.0**1000))


def count(n):
    hits = 0
    big = 2**1000
    for i in range(n):
        f = 2.0 ** (990 + i % 20)
        if big < f:
            hits += 1
        if big == f:
            hits += 100
    return hits


print(count(400))
