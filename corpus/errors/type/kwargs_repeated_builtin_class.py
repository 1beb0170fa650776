# TypeError: a keyword repeated through two ** for a built-in class.
opts = {"a": 1}
print(dict(**opts, b=2))
print(dict(**opts, **{"a": 3}))
