# repr of floats whose two shortest round-tripping strings are equally close to the
# exact value: CPython takes the one ending in an even digit (-2**53 / 10 is
# -900719925474099.2). Found by ci/fuzz-jit. Also many pseudo-random doubles with
# few fraction bits (where such ties happen), checked through a hash of their reprs.
print(-9007199254740992 / 10, 9007199254740992 / 10)
print(900719925474099.25, 900719925474099.75, 123456789012345.625)
print([x / 4 for x in range(3602879701896396, 3602879701896406)])
print(f"{900719925474099.25}", str(-900719925474099.25), repr(2**53 / 10 * 3))

seed = 12345
h = 0
count = 0
for i in range(12000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (2**64)
    kind = i % 4
    if kind == 0:
        x = (seed % (2**53)) / 4
    elif kind == 1:
        x = (seed % (2**54)) / 8
    elif kind == 2:
        x = -(seed % (2**53)) / 2**20
    else:
        x = (seed % (10**17)) / 10
    for c in repr(x):
        h = (h * 31 + ord(c)) % 1000000007
    count += 1
print(count, h)
