# AttributeError: misspelled instance attribute; CPython 3.11 adds a "Did you mean" hint.
class Item:
    def __init__(self, name, quantity):
        self.name = name
        self.quantity = quantity

stock = [Item("bolt", 40), Item("nut", 55)]
print(sum(i.quantity for i in stock))
for i in stock:
    print(i.name, i.quantity)
print(stock[0].quantiy)
