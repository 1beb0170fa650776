# Bound methods compare equal (and hash alike) when they bind the same function
# to the same object.
class C:
    def m(self):
        return 1
    @classmethod
    def k(cls):
        return 2
c = C()
a = c.m
b = c.m
print(a == b, c.m == c.m, a != b, a is b)
print(hash(a) == hash(b))
print({a: 1}.get(b), {c.m: "x"}[c.m])
print(C.k == C.k, c.m == C().m, c.m == c.k)
handlers = [c.m, c.m]
print(handlers.count(c.m), c.m in handlers, len({c.m, c.m}))
