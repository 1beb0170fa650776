# A misspelled method defined on a base class.
class Shape:
    def area(self):
        return 0

    def describe(self):
        return "shape"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


sq = Square(3)
print(sq.area(), sq.describe())
print(sq.describ())
