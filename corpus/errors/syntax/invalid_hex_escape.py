# A string with a truncated \x escape (needs two hex digits).
prefix = "code:"
marker = "\x4g"
print(prefix + marker)
