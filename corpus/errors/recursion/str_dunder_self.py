# RecursionError: __str__ calls str(self) instead of formatting its fields.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def dollars(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __str__(self):
        return "Money " + str(self)

m = Money(1234)
print(m.dollars())
print(Money(5).dollars())
print(m)
