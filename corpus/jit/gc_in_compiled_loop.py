# Allocation-heavy compiled loops: the GC runs at back-edges and inside calls while
# compiled code holds lists in its registers.
def make(n):
    return [i * 2 for i in range(n)]


def churn(rounds):
    keep = []
    total = 0
    for r in range(rounds):
        tmp = make(50)
        pair = [tmp, [r, r + 1]]
        total += tmp[49] + pair[1][1]
        if r % 100 == 0:
            keep.append(pair)
        s = "x" * (r % 20)
        total += len(s)
    return total, len(keep), keep[-1][1]


print(churn(30000))
d = {}
for i in range(20000):
    d[i % 1000] = [i] * 3
print(len(d), d[999])
