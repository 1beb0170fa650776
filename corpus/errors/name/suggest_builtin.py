# A misspelled builtin: no local or global is close, the builtins are.
items = [3, 1, 2]
print(sorted(items))
print(lenn(items))
