# TypeError: `in` on an object that is neither a container nor iterable.
class Box:
    def __init__(self, items):
        self.items = items


b = Box([1, 2])
print(2 in b.items)
print(2 in b)
