# RecursionError: __repr__ formats self with an f-string.
class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<{self}>"

t = Tag("div")
print(t.name)
print(f"name={t.name}")
print(t)
