# Closures capturing a divisor; the one capturing 0 fails when called.
def make_divider(d):
    def divide(x):
        return x // d
    return divide

dividers = [make_divider(d) for d in (3, 7, 0, 2)]
for i, f in enumerate(dividers):
    print("divider", i, "->", f(100))
