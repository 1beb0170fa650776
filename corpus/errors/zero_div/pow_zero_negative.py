# pow(0, negative) raises ZeroDivisionError from the builtin pow.
bases = [2, 3, 1, 0]
for b in bases:
    print(f"{b} ** -1 =", pow(b, -1))
    print(f"{b} ** -2 =", b ** -2)
