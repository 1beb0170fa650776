# AttributeError: an instance attribute set only in one branch of __init__.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        if balance > 0:
            self.balance = balance

    def report(self):
        return f"{self.owner}: {self.balance}"

a = Account("ana", 50)
print(a.report())
b = Account("ben", 0)
print(b.owner)
print(b.report())
