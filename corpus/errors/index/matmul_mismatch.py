# Matrix multiply with incompatible shapes: 2x3 times 2x2.
def matmul(a, b):
    n, m = len(a), len(a[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(len(b[0]))]
            for i in range(n)]

A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B))
C = [[1, 0, 2], [0, 1, 3]]
print(matmul(C, B))
