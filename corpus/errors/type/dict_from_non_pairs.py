# TypeError: dict() from a list whose items are not pairs.
pairs = [("a", 1), ("b", 2)]
print(dict(pairs))
print(dict([3, 4]))
