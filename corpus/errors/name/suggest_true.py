# NameError: the builtins constants are suggested (Did you mean: 'True'?).
print(True)
Tru
