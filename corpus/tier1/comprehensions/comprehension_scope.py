# Tests comprehension variable scoping and use of outer variables
x = 10
ys = [x + i for i in range(3)]
print(ys, x)
i = "unchanged"
squares = [i * i for i in range(4)]
print(squares, i)
k = 100
d = {k: k + 1 for k in range(3)}
print(d, k)
s = {c for c in "hi"}
print(sorted(s))
factor = 3
print([v * factor for v in [1, 2]], sum(v * factor for v in range(4)))
def scale(xs, f):
    return [x * f for x in xs]
print(scale([1, 2, 3], 10))
data = [[1, 2], [3, 4]]
print([[v + len(row) for v in row] for row in data])
total = 0
for row in data:
    total += sum(v for v in row)
print(total)
