# N-queens: count all solutions and print the first one for several board sizes.

def solve(n, row, cols, diag1, diag2, placement, solutions):
    if row == n:
        solutions.append(placement[:])
        return
    for c in range(n):
        if c in cols or (row - c) in diag1 or (row + c) in diag2:
            continue
        cols.add(c)
        diag1.add(row - c)
        diag2.add(row + c)
        placement.append(c)
        solve(n, row + 1, cols, diag1, diag2, placement, solutions)
        placement.pop()
        cols.remove(c)
        diag1.remove(row - c)
        diag2.remove(row + c)


def count_bits(n, row, cols, d1, d2):
    # bitmask version
    if row == n:
        return 1
    full = (1 << n) - 1
    total = 0
    avail = full & ~(cols | d1 | d2)
    while avail:
        bit = avail & -avail
        avail -= bit
        total += count_bits(n, row + 1, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
    return total


def show(placement):
    n = len(placement)
    for r in range(n):
        line = ""
        for c in range(n):
            if placement[r] == c:
                line += "Q "
            else:
                line += ". "
        print(line.rstrip())


for n in range(1, 9):
    sols = []
    solve(n, 0, set(), set(), set(), [], sols)
    print(f"n={n}: {len(sols)} solutions (bitmask says {count_bits(n, 0, 0, 0, 0)})")
    if n == 6:
        show(sols[0])

sols8 = []
solve(8, 0, set(), set(), set(), [], sols8)
print("first 8-queens solution:", sols8[0])
print("last 8-queens solution:", sols8[-1])
show(sols8[0])
symmetric = 0
for s in sols8:
    if s[::-1] in sols8:
        symmetric += 1
print("solutions whose vertical mirror is also a solution:", symmetric)
