# RecursionError: a key function that recurses through max(key=...).
def weight(n):
    if n < 0:
        return 0
    return max([n], key=weight)

print(weight(-1), weight(-5))
print(weight(3))
