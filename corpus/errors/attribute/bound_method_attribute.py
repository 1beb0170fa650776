# AttributeError: a bound method's missing attribute is its function's.
class C:
    def m(self):
        pass
C().m.foo
