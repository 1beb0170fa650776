# RecursionError: recursive length of a very long linked list built from tuples.
def build(n):
    cell = None
    for i in range(n):
        cell = (i, cell)
    return cell

def length(cell):
    if cell is None:
        return 0
    return 1 + length(cell[1])

for n in [0, 3, 50, 500]:
    print(n, length(build(n)))
print(length(build(5000)))
