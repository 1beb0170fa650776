# obj.__class__ is type(obj) for every kind of value; classes have __qualname__.
class Shape:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"{self.__class__.__name__}({self.n})"

    def clone(self):
        return self.__class__(self.n + 1)


class Square(Shape):
    class Side:
        pass


class Lazy:
    def __getattr__(self, name):
        return "lazy " + name


print(Shape(1), Square(2), Square(2).clone())
print(Square(3).__class__ is Square, Square.__qualname__, Square.Side.__qualname__)
print(Lazy().__class__.__name__, Lazy().other)
print((1).__class__.__name__, "s".__class__.__name__, [].__class__ is list,
      {}.__class__ is dict, (1.5).__class__.__name__, True.__class__.__name__,
      None.__class__.__name__)
try:
    raise KeyError("k")
except Exception as e:
    print(e.__class__.__name__, e.__class__ is KeyError)
print(Shape.__class__.__name__)
print(Square(4).__class__.missing)
