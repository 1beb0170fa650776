# The dunders a class inherits from object and BaseException, reached through
# super(), the base class or the class itself; a class defining __eq__ without
# __hash__ is unhashable even when a base defines __hash__.
class K:
    def __eq__(self, o):
        return True
print(K.__hash__ is None)
class H:
    def __hash__(self):
        return 1
class Sub(H):
    def __eq__(self, o):
        return True
try:
    print(hash(Sub()))
except TypeError as e:
    print(e)
class Both(H):
    def __eq__(self, o):
        return True
    __hash__ = H.__hash__
print(hash(Both()))
class E(Exception):
    def __str__(self):
        return "E: " + super().__str__()
print(E("x"), E(), E(1, 2))
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if isinstance(o, P):
            return self.v == o.v
        return super().__eq__(o)
    def __hash__(self):
        return super().__hash__()
    def __ne__(self, o):
        return super().__ne__(o)
    def __lt__(self, o):
        return super().__lt__(o)
p = P(1)
print(p == P(1), p == 1, hash(p) == hash(p), p != P(1), p != P(2), p != 1, p.__lt__(p))
class E2(ValueError):
    def __init__(self, msg, code):
        ValueError.__init__(self, msg)
        self.code = code
e = E2("m", 3)
print(e, e.code, repr(e))
class E3(Exception):
    def __str__(self):
        return Exception.__str__(self).upper()
    def __repr__(self):
        return "<" + BaseException.__repr__(self) + ">"
print(E3("abc"), repr(E3("q", 1)))
class R:
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "str:" + object.__str__(self)
print(R(), str(R()), object.__repr__(R()).startswith("<__main__.R object at 0x"))
try:
    object.__eq__()
except TypeError as e:
    print(e)
print(object.__eq__(p, p), object.__eq__(p, 1))
try:
    ValueError.__init__(5, "x")
except TypeError as e:
    print(e)
