# One call site calls a method on objects of 4 classes, first monomorphic for a long time, then mixed.
class A:
    def val(self, x):
        return x + 1


class B:
    def val(self, x):
        return x * 2.0


class C:
    def val(self, x):
        return str(x)


class D(A):
    def val(self, x):
        return super().val(x) * 10


def drive(objs):
    out = []
    for o in objs:
        out.append(o.val(len(out)))
    return out


objs = [A()] * 1500 + [B(), C(), D(), A(), B(), C(), D()]
r = drive(objs)
print(r[:3], r[-7:])
mixed = [A(), B(), C(), D()] * 300
r = drive(mixed)
print(r[:8], r[-4:])


def attr_site(objs):
    t = []
    for o in objs:
        t.append(type(o).__name__)
    return t


print(attr_site([A(), B(), C(), D()]))
