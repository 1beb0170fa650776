# AttributeError: a subclass uses a method defined only in a sibling class.
class Shape:
    def __init__(self, name):
        self.name = name

class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def perimeter(self):
        return 4 * self.side

class Label(Shape):
    pass

shapes = [Square(3), Square(5), Label("tag")]
for s in shapes:
    print(s.name, s.perimeter())
