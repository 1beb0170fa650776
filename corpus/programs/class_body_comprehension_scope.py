# A comprehension in a class body is a function scope of its own: it sees the
# class's names only in its first iterable, and global names otherwise.
label = "global"


class Table:
    label = "class"
    sizes = [1, 2, 3]
    doubled = [s * 2 for s in sizes]
    labels = [label for _ in range(2)]
    index = {s: label for s in sizes if s > 1}
    odd = {s % 2 for s in sizes}


print(Table.doubled, Table.labels, Table.index, Table.odd, Table.label)
