# NameError: an undefined name in a method can be closest to a builtin constant.
class C:
    def m(self):
        return value
C().m()
