# TypeError: *None inside a list display.
def extra():
    pass


items = [1, *[2, 3]]
print(items)
items = [1, *extra()]
