# Using the `as` name of an except clause after the handler finished.
raw = "12a"
try:
    n = int(raw)
except ValueError as err:
    print("bad input:", err)
    n = 0
print("n is", n)
print("last error:", err)
