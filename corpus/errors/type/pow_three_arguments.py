# pow() with a modulus: a class's __pow__ gets it, float refuses it, other types
# are unsupported operands.
class V:
    def __pow__(self, e, m=None):
        return ("pow", e, m)
class W:
    def __rpow__(self, b):
        return "rpow"
print(pow(V(), 2, 5), pow(V(), 2), V() ** 3, 2 ** W())
for args in [("2", 3, 5), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (None, 1, 2), ([1], 2, 3), (2, W(), 5), (2, 3, 5), (True, 3, 5)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print(e)
