# TypeError: ** applied to a list of pairs instead of a dict.
pairs = [("sep", "-")]
print("a", "b", **dict(pairs))
print("a", "b", **pairs)
