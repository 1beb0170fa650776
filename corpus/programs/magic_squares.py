# Magic squares: odd (Siamese), doubly even and singly even (LUX) constructions.

def odd_square(n):
    sq = [[0] * n for _ in range(n)]
    r, c = 0, n // 2
    for k in range(1, n * n + 1):
        sq[r][c] = k
        nr, nc = (r - 1) % n, (c + 1) % n
        if sq[nr][nc]:
            nr, nc = (r + 1) % n, c
        r, c = nr, nc
    return sq


def doubly_even(n):
    sq = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            v = i * n + j + 1
            if (i % 4 in (0, 3)) == (j % 4 in (0, 3)):
                sq[i][j] = n * n + 1 - v
            else:
                sq[i][j] = v
    return sq


def singly_even(n):
    half = n // 2
    sub = odd_square(half)
    add = [0, 2, 3, 1]
    sq = [[0] * n for _ in range(n)]
    for i in range(half):
        for j in range(half):
            v = sub[i][j]
            sq[i][j] = v + add[0] * half * half
            sq[i + half][j + half] = v + add[3] * half * half
            sq[i][j + half] = v + add[1] * half * half
            sq[i + half][j] = v + add[2] * half * half
    k = (n - 2) // 4
    for i in range(half):
        cols = list(range(k)) + list(range(n - k + 1, n))
        for j in cols:
            sq[i][j], sq[i + half][j] = sq[i + half][j], sq[i][j]
    for j in (0, k):
        sq[k][j], sq[k + half][j] = sq[k + half][j], sq[k][j]
    return sq


def magic(n):
    if n % 2 == 1:
        return odd_square(n)
    if n % 4 == 0:
        return doubly_even(n)
    return singly_even(n)


def is_magic(sq):
    n = len(sq)
    target = n * (n * n + 1) // 2
    sums = [sum(row) for row in sq]
    sums += [sum(sq[i][j] for i in range(n)) for j in range(n)]
    sums.append(sum(sq[i][i] for i in range(n)))
    sums.append(sum(sq[i][n - 1 - i] for i in range(n)))
    values = sorted(v for row in sq for v in row)
    return all(s == target for s in sums) and values == list(range(1, n * n + 1))


for n in (3, 4, 5, 6, 8):
    sq = magic(n)
    w = len(str(n * n))
    print(f"order {n}, magic constant {n * (n * n + 1) // 2}, valid={is_magic(sq)}")
    for row in sq:
        print("  " + " ".join(str(v).rjust(w) for v in row))
for n in range(3, 21):
    if not is_magic(magic(n)):
        print("failed for", n)
print("orders 3..20 checked")
