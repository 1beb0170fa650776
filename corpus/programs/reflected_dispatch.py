# != falls back to __eq__ of either operand (object's __ne__), and a subclass's
# reflected method goes before its base's method, as CPython dispatches them.
class B:
    def __eq__(self, o):
        return True
print(1 != B(), None != B(), B() != 1, "x" != B())
class A:
    def __eq__(self, o):
        print("A.eq")
        return NotImplemented
a = A()
print(a != a)
print(a == a)
class C:
    def __eq__(self, o):
        print("C.eq")
        return "c"
print(A() != C(), C() != A())
class N:
    def __ne__(self, o):
        print("N.ne")
        return NotImplemented
    def __eq__(self, o):
        print("N.eq")
        return True
print(N() != N())
class Base:
    def __add__(self, o):
        return "Base.add"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class Derived2(Base):
    pass
print(Base() + Derived2())
class P:
    def __eq__(self, o):
        return "P.eq"
class Q(P):
    def __eq__(self, o):
        return "Q.eq"
print(P() == Q(), Q() == P(), P() != Q())
class R:
    def __lt__(self, o):
        return "R.lt"
class T(R):
    def __gt__(self, o):
        return "T.gt"
print(R() < T(), T() < R(), T() > R())
class U(R):
    pass
print(R() < U(), U() < R())
class V:
    def __init__(self, v): self.v = v
    def __sub__(self, o): return V(self.v - o.v)
    def __rsub__(self, o): return V(o - self.v)
    def __repr__(self): return f"V({self.v})"
class W(V):
    def __rsub__(self, o): return "W.rsub"
print(V(5) - V(2), V(5) - W(1), 10 - V(3), 10 - W(3))
