# RecursionError: comparing two lists nested thousands of levels deep.
a = [1]
b = [1]
print(a == b, [[1]] == [[1]], [[1]] < [[2]])
for _ in range(5000):
    a = [a]
    b = [b]
print("built")
print(a == b)
