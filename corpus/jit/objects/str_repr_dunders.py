# __str__ and __repr__ used by print, str(), f-strings, %-format and containers inside loops.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

    def __repr__(self):
        return "Money(%d)" % self.cents


class OnlyRepr:
    def __repr__(self):
        return "<R>"


ms = [Money(c) for c in (0, 5, 99, 100, 12345, 7)]
print(ms)
for m in ms:
    print(m, str(m), repr(m), f"{m}", f"{m!r}", "%s|%r" % (m, m))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}")
total = Money(0)
line = ""
for i in range(500):
    total = Money(total.cents + i)
    if i % 100 == 0:
        line += str(total) + " "
print(line, total)
print({"k": Money(1)}, (Money(2),), str([Money(3)]))
