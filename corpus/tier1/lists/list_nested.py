# Tests nested lists: matrices, transposition, deep indexing and mutation
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m)
print(m[1], m[1][2], m[-1][-1], [row[0] for row in m])
t = [[m[j][i] for j in range(3)] for i in range(3)]
print(t)
diag = [m[i][i] for i in range(3)]
print(diag, sum(diag))
m[0][0] = 100
m[2] = [0, 0]
print(m)
def matmul(a, b):
    n = len(a)
    p = len(b[0])
    k = len(b)
    return [[sum(a[i][x] * b[x][j] for x in range(k)) for j in range(p)] for i in range(n)]
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], len(deep), deep[1][1])
def flatten(x, out):
    for item in x:
        if isinstance(item, list):
            flatten(item, out)
        else:
            out.append(item)
    return out
print(flatten(deep, []), flatten([[1, 2], [], [[3]], 4], []))
grid = [["."] * 5 for i in range(3)]
grid[1][2] = "#"
for row in grid:
    print("".join(row))
