# Calling a function with a misspelled keyword argument.
def make_row(label, width=10, fill="."):
    return label.ljust(width, fill)

print(make_row("name"))
print(make_row("total", width=12))
print(make_row("tax", fill="-"))
print(make_row("grand", widht=14))
