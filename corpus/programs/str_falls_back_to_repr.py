# str() of an object without __str__ calls its __repr__, and checks the result as
# __str__'s; repr() checks it as __repr__'s. The default repr names the class by
# its qualified name.
class Outer:
    class Inner:
        pass


def make():
    class Local:
        pass
    return Local()


print(repr(Outer.Inner()).split(" at ")[0])
print(str(make()).split(" at ")[0])


class Bad:
    def __repr__(self):
        return 5


class Good:
    def __repr__(self):
        return "Good()"


print(str(Good()), f"{Good()}", [Good()])
for f in [str, repr, lambda x: f"{x}", lambda x: "%s" % (x,)]:
    try:
        f(Bad())
    except TypeError as e:
        print(e)
print(Bad())
