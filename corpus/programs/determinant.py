# Determinants: Laplace expansion, Bareiss (exact integer), and float elimination.

def minor(m, row, col):
    return [r[:col] + r[col + 1:] for i, r in enumerate(m) if i != row]


def det_laplace(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        if m[0][c] != 0:
            sign = -1 if c % 2 else 1
            total += sign * m[0][c] * det_laplace(minor(m, 0, c))
    return total


def det_bareiss(m):
    a = [row[:] for row in m]
    n = len(a)
    sign = 1
    prev = 1
    for k in range(n - 1):
        if a[k][k] == 0:
            swap = -1
            for i in range(k + 1, n):
                if a[i][k] != 0:
                    swap = i
                    break
            if swap < 0:
                return 0
            a[k], a[swap] = a[swap], a[k]
            sign = -sign
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
        prev = a[k][k]
    return sign * a[n - 1][n - 1]


def det_float(m):
    a = [[float(x) for x in row] for row in m]
    n = len(a)
    det = 1.0
    for c in range(n):
        p = c
        for r in range(c + 1, n):
            if abs(a[r][c]) > abs(a[p][c]):
                p = r
        if a[p][c] == 0.0:
            return 0.0
        if p != c:
            a[p], a[c] = a[c], a[p]
            det = -det
        det *= a[c][c]
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            for k in range(c, n):
                a[r][k] -= f * a[c][k]
    return det


mats = [
    [[5]],
    [[1, 2], [3, 4]],
    [[2, 0, 1], [1, 3, 2], [1, 1, 1]],
    [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    [[0, 1, 2, 3], [1, 0, 3, 2], [2, 3, 0, 1], [3, 2, 1, 0]],
    [[(i + 1) ** j for j in range(5)] for i in range(5)],
    [[(3 * i + 7 * j) % 11 - 5 for j in range(6)] for i in range(6)],
]
for m in mats:
    a = det_laplace(m)
    b = det_bareiss(m)
    f = det_float(m)
    print(f"n={len(m)} laplace={a} bareiss={b} float={round(f, 6)} agree={a == b}")

vander = [[(i + 2) ** j for j in range(10)] for i in range(10)]
prod = 1
for i in range(10):
    for j in range(i + 1, 10):
        prod *= (j + 2) - (i + 2)
print("vandermonde 10x10:", det_bareiss(vander), "formula:", prod)
hilbert_scaled = [[2520 // (i + j + 1) for j in range(6)] for i in range(6)]
print("scaled hilbert det:", det_bareiss(hilbert_scaled))
big = [[(i * 31 + j * 17) % 101 + (60 if i == j else 0) for j in range(12)] for i in range(12)]
print("12x12 exact:", det_bareiss(big))
print("12x12 float: %.6e" % det_float(big))
