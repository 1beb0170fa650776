# Nested and local classes print their qualified names (Outer.Inner,
# f.<locals>.Local), in reprs and in the final line of a traceback.
class Outer:
    class InnerErr(Exception):
        pass
class E(Exception):
    pass
try:
    raise E("x")
except E as e:
    print(repr(e), type(e), Outer.InnerErr, Outer.InnerErr("n"))
def f():
    class Local(Exception):
        pass
    return Local
print(f(), f()("q"), repr(f()("q")))
raise Outer.InnerErr("nested")
