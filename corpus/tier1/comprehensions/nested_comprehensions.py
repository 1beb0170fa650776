# Tests nested comprehensions: matrices, flattening, triangular structures
n = 4
ident = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in ident:
    print(row)
tri = [[j for j in range(i + 1)] for i in range(5)]
print(tri)
flat = [x for row in tri for x in row]
print(flat, len(flat))
pascal = [[1]]
for i in range(6):
    prev = pascal[-1]
    pascal.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join(str(v) for v in row).center(25))
grid = [[(r * 3 + c) for c in range(3)] for r in range(3)]
print([[grid[c][r] for c in range(3)] for r in range(3)])
print({r: {c: r * c for c in range(2)} for r in range(2)})
print([sum(row) for row in grid], sum(sum(row) for row in grid))
words = ["ab", "cde", "f"]
print([[c for c in w] for w in words], [c for w in words for c in w])
