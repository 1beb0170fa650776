# A positional argument passed after a keyword argument.
def fmt(value, width, fill):
    return str(value).rjust(width, fill)

print(fmt(42, 6, "0"))
print(fmt(value=7, 4, "*"))
