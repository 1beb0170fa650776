# Allocation-heavy loop whose values change type (int/float/str/list/tuple/big int) while earlier objects stay live.
def run(n):
    keep = []
    cur = 0
    for i in range(n):
        k = i % 6
        if k == 0:
            cur = i
        elif k == 1:
            cur = i * 0.5
        elif k == 2:
            cur = "s%d" % i
        elif k == 3:
            cur = [i, [i]]
        elif k == 4:
            cur = (i, str(i))
        else:
            cur = 2 ** 64 + i
        if i % 7 == 0:
            keep.append(cur)
        tmp = [cur] * 3
        cur = tmp[2]
    return keep


keep = run(3000)
print(len(keep), keep[:8], keep[-4:])
chk = 0
for i, v in enumerate(keep):
    j = i * 7
    k = j % 6
    exp = [j, j * 0.5, "s%d" % j, [j, [j]], (j, str(j)), 2 ** 64 + j][k]
    if v != exp:
        chk += 1
print("mismatches", chk)
