# A staticmethod object is callable in its class body (CPython 3.10+).
class C:
    @staticmethod
    def helper(x):
        return x * 2
    doubled = helper(21)
    table = [helper(i) for i in range(3)] if False else None
print(C.doubled, C.helper(5), C().helper(6))
s = staticmethod(len)
print(s("abc"))
try:
    classmethod(len)("x")
except TypeError as e:
    print(e)
