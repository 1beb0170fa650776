# Tests list comprehensions with conditions, expressions and nested loops
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(30) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([x + y for x in "ab" for y in "123"])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c != "l"])
print([n if n % 2 else -n for n in range(6)])
print([len(w) for w in "the quick brown fox".split()])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row if v % 2])
print([row[i] for i, row in enumerate(matrix)])
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in range(3)], x)
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([[] for _ in range(3)], [s for s in []])
