# Pascal's triangle: formatted display, Sierpinski pattern, and row properties.

def rows(n):
    out = [[1]]
    for i in range(1, n):
        prev = out[-1]
        row = [1]
        for j in range(1, i):
            row.append(prev[j - 1] + prev[j])
        row.append(1)
        out.append(row)
    return out


tri = rows(16)
width = len(" ".join(str(x) for x in tri[-1]))
for r in tri[:12]:
    print(" ".join(str(x) for x in r).center(width).rstrip())

print()
for r in rows(32):
    print(" ".join("*" if x % 2 else " " for x in r).center(64).rstrip())

print()
for i, r in enumerate(tri):
    s = sum(r)
    alt = sum(x if k % 2 == 0 else -x for k, x in enumerate(r))
    print(f"row {i:2d}: sum={s:6d} alt={alt:2d} max={max(r):5d} squares={sum(x * x for x in r)}")

# hockey stick identity check
ok = True
for n in range(2, 15):
    for k in range(0, n):
        lhs = sum(tri[i][k] for i in range(k, n))
        if lhs != tri[n][k + 1]:
            ok = False
print("hockey stick holds:", ok)
fib_diag = []
for start in range(16):
    total = 0
    i, j = start, 0
    while i >= j:
        total += tri[i][j]
        i -= 1
        j += 1
    fib_diag.append(total)
print("shallow diagonals:", fib_diag)
