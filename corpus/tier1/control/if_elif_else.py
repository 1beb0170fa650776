# Tests if/elif/else chains with various conditions and truthiness
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for v in [-5, 0, 3, 42, 1000]:
    print(v, classify(v))
for v in [0, 1, "", "a", [], [0], None, 0.0, {}, (0,)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 15
if x % 3 == 0 and x % 5 == 0:
    print("fizzbuzz")
if x > 100:
    print("never")
elif x > 10:
    if x > 12:
        print("nested >12")
    else:
        print("nested <=12")
if not x:
    pass
else:
    print("x nonzero")
if x: print("one-line if")
