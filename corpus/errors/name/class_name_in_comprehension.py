# NameError: a comprehension in a class body does not see the class's names.
class Grid:
    width = 3
    cells = [0 for _ in range(2)]
    rows = [[0] * width for _ in range(2)]


print(Grid.rows)
