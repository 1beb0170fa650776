# Inverting 2x2 matrices; the last one is singular (determinant 0).
def inverse(m):
    (a, b), (c, d) = m
    det = a * d - b * c
    return [[d / det, -b / det], [-c / det, a / det]]

mats = [
    [[4, 7], [2, 6]],
    [[1, 0], [0, 2]],
    [[2, 4], [1, 2]],
]
for m in mats:
    print(m, "det", m[0][0] * m[1][1] - m[0][1] * m[1][0])
    print("  inverse", inverse(m))
