# Gaussian elimination with partial pivoting; solve systems and invert a matrix.

def solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        if abs(m[pivot][col]) < 1e-12:
            return None
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= factor * m[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x


def invert(a):
    n = len(a)
    m = [row[:] + [1.0 if i == j else 0.0 for j in range(n)] for i, row in enumerate(a)]
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        m[col], m[pivot] = m[pivot], m[col]
        p = m[col][col]
        m[col] = [v / p for v in m[col]]
        for r in range(n):
            if r != col:
                f = m[r][col]
                m[r] = [m[r][k] - f * m[col][k] for k in range(2 * n)]
    return [row[n:] for row in m]


def fmt(v):
    return "[" + ", ".join(f"{x:9.4f}" for x in v) + "]"


a = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
b = [8.0, -11.0, -3.0]
x = solve(a, b)
print("solution:", fmt(x))
print("rounded:", [round(v, 6) for v in x])

hilbert = [[1.0 / (i + j + 1) for j in range(5)] for i in range(5)]
ones = [sum(row) for row in hilbert]
xh = solve(hilbert, ones)
print("hilbert solve:", fmt(xh))
err = max(abs(v - 1.0) for v in xh)
print("max error small:", err < 1e-8)

inv = invert(a)
for row in inv:
    print(fmt(row))
prod = [[sum(a[i][k] * inv[k][j] for k in range(3)) for j in range(3)] for i in range(3)]
print("a * inv(a):")
for row in prod:
    print(fmt(row))

singular = [[1.0, 2.0], [2.0, 4.0]]
print("singular:", solve(singular, [1.0, 2.0]))

n = 6
big = [[float((i * 7 + j * 3) % 11 + (10 if i == j else 0)) for j in range(n)] for i in range(n)]
rhs = [float(i + 1) for i in range(n)]
sol = solve(big, rhs)
print("6x6:", fmt(sol))
resid = [sum(big[i][j] * sol[j] for j in range(n)) - rhs[i] for i in range(n)]
print("residual ok:", all(abs(r) < 1e-9 for r in resid))
