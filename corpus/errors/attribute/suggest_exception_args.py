# AttributeError: an exception's attributes are suggested (args).
e = ValueError("x")
print(e.args)
e.arg
