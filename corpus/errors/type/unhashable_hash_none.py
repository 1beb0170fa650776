# TypeError: a class that sets __hash__ = None is unhashable.
class Point:
    __hash__ = None

    def __init__(self, x):
        self.x = x


print(Point(1).x)
seen = {Point(1)}
