# Unary minus on a string.
temps = ["12", "-3", "7"]
parsed = [int(t) for t in temps]
print(parsed, min(parsed))
print(-temps[0])
