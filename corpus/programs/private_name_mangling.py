# Private names (__x) are mangled inside a class (_C__x): a subclass's __v is its
# own, and outside the class the plain name is not found.
class A:
    def __init__(self):
        self.__v = "A"
    def a_v(self):
        return self.__v
class B(A):
    def __init__(self):
        super().__init__()
        self.__v = "B"
    def b_v(self):
        return self.__v
b = B()
print(b.a_v(), b.b_v(), b._A__v, b._B__v)
a = A()
try:
    print(a.__v)
except AttributeError as e:
    print("AttributeError", e)
class Counter:
    __count = 0
    def __bump(self):
        Counter.__count += 1
        return Counter.__count
    def bump(self):
        return self.__bump()
    def __repr__(self):
        return "Counter(%d)" % self.__count
c = Counter()
c.bump(); c.bump()
print(c, Counter._Counter__count, hasattr(c, "__bump") if False else "-")
class _Under:
    def __init__(self):
        self.__x = 1
print(_Under()._Under__x)
class __Only:
    def __init__(self):
        self.__y = 2
print(vars(__Only()) if False else __Only()._Only__y)
class D:
    def __init__(self):
        self.__dunder__ = "kept"
        self.__ok = [i for i in range(3)]
        f = lambda: self.__ok
        self.g = f
print(D().__dunder__, D().g())
try:
    D().__ok
except AttributeError as e:
    print(e)
