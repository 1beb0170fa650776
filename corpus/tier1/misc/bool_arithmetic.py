# Tests bool arithmetic and bool as int: True+True, sums, indexing, comparison
print(True + True, True - False, True * 10, False * 10, -True, ~True, ~False)
print(True / 2, True // 2, True % 2, True ** 10, 2 ** True, 5 - True)
print(sum([True, True, False, True]), sum(x > 2 for x in range(6)))
print(["no", "yes"][True], ["no", "yes"][False], "ab"[True])
print(True == 1, False == 0, True == 1.0, True > False, True < 2)
print(True & True, True | False, True ^ True, False ^ True, True << 3, True >> 1)
print(int(True), float(False), str(True), repr(False), bool("False"))
print(max(True, 0), min(False, -1), abs(True), divmod(True, True))
print(isinstance(True, int), True + 0.5, hash(True) == hash(1))
count = 0
for v in [3, 0, 7, 0, 1]:
    count += v != 0
print(count)
print(True and 5, False or "x", not True, not not 1)
print(1 if True + True == 2 else 0, [True] * 3, (False,) * 2)
