# Triple-nested numeric loops over lists of lists (matrix multiply, transpose, determinant) with ints and floats.
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c


A = [[i + j for j in range(6)] for i in range(6)]
B = [[(i * j) % 5 - 2 for j in range(6)] for i in range(6)]
C = matmul(A, B)
for row in C:
    print(row)
F = [[0.5 * (i - j) for j in range(6)] for i in range(6)]
for row in matmul(F, A):
    print(row)
for row in matmul(A, F):
    print([round(x, 3) for x in row])


def transpose(m):
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


print(transpose([[1, 2, 3], [4, 5, 6]]))


def det(m):
    m = [row[:] for row in m]
    n = len(m)
    d = 1.0
    for c in range(n):
        p = c
        for r in range(c + 1, n):
            if abs(m[r][c]) > abs(m[p][c]):
                p = r
        if m[p][c] == 0:
            return 0.0
        if p != c:
            m[p], m[c] = m[c], m[p]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return d


print(round(det([[2, 1, 3], [0, -1, 4], [1, 2, 0]]), 9), det(A), round(det([[4, 3], [6, 3]]), 9))
big = matmul([[2 ** 40, 1], [1, 2 ** 40]], [[2 ** 40, 3], [5, 2 ** 40]])
print(big)
