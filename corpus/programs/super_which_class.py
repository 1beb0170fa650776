# super() uses the class whose body defined the method (CPython's __class__ cell),
# and checks that the instance belongs to it.
class Base:
    def who(self):
        return "Base"

    @classmethod
    def make(cls):
        return cls.__name__


class Child(Base):
    def who(self):
        return "Child>" + super().who()

    @classmethod
    def make(cls):
        return "Child>" + super().make()


class Grand(Child):
    def who(self):
        return "Grand>" + super().who()


print(Grand().who(), Child().who(), Base().who())
print(Grand.make(), Child.make())
print(super(Child, Grand()).who(), super(Grand, Grand()).who())


class Other:
    def who(self):
        return "Other"


class Borrower(Other):
    # A method taken from another class keeps that class for super().
    who = Child.who


def loose(self):
    return super().who()


class Holder(Base):
    # A function defined outside any class has no __class__ cell.
    who = loose


for attempt in [lambda: Borrower().who(), lambda: Holder().who(),
                lambda: super(Child, Other()).who(), lambda: super(Grand, Child()).who()]:
    try:
        print(attempt())
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)

Borrower().who()
