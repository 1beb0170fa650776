# Tests aliasing and mutation visible through multiple references in containers
row = [0, 0]
board = [row, row, [0, 0]]
board[0][1] = 5
print(board)
d = {"a": row}
d["a"].append(9)
print(row, board[1])
t = (row, 1)
t[0].append(7)
print(t)
s = [1, 2]
s2 = s
s = s + [3]
print(s, s2)
s2.extend([4])
print(s, s2)
nested = [[]] * 3
nested[0].append("x")
print(nested)
copies = [list(r) for r in [[1], [2]]]
copies[0].append(100)
print(copies)
a = [1, 2, 3]
b = a
a[:] = [9]
print(b)
a = [0]
print(b)
