# A guard fails in an inner loop of a nested compiled loop; the outer loop's state must be intact after deopt.
def nest(rows):
    grand = 0
    per_row = []
    for r, row in enumerate(rows):
        s = 0
        for j in range(len(row)):
            s = s + row[j] * (j + 1)
        grand = grand + s
        per_row.append((r, s))
    return grand, per_row


rows = [list(range(k, k + 50)) for k in range(30)]
rows[20][25] = 0.5
rows[25][49] = 2 ** 70
g, pr = nest(rows)
print(g)
for t in pr[18:27]:
    print(t)


def nest_while(n):
    i = 0
    out = []
    while i < n:
        j = 0
        acc = i
        while j < 40:
            acc = acc * 2 + 1 if acc < 2 ** 40 else acc // 3
            j += 1
        out.append(acc)
        i += 1
    return out[:3], out[-3:], sum(out) % 1000003


print(nest_while(200))


def triple(n):
    tot = 0
    for a in range(n):
        for b in range(n):
            for c in range(n):
                v = a * b * c
                if a == n - 1 and b == n - 1 and c == n - 1:
                    v = v * 1.0
                tot += v
    return tot


print(triple(12))
