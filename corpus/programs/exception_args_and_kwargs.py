# Exception constructors take no keyword arguments; e.args can be assigned.
class E(Exception):
    pass
class F(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
for call in (lambda: ValueError("x", code=1), lambda: E(code=1), lambda: F("m", code=4), lambda: KeyError(k=1)):
    try:
        e = call()
        print(repr(e), getattr(e, "code", None))
    except TypeError as t:
        print(t)
e = ValueError("orig")
e.args = ("changed",)
print(e.args, e, repr(e))
e.args = [1, 2]
print(e.args, e)
