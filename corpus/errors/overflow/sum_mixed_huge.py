# OverflowError: sum() of floats and an int larger than any float.
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

small = [0.5, 1.25, fact(10)]
print(sum(small))
entries = [0.5, 1.25, fact(180)]
print(len(str(entries[2])), "digits")
print(sum(entries))
