# A starred assignment target that is not inside a list or tuple.
values = [4, 5, 6]
*rest = values
print(rest)
