# SyntaxError: a nonlocal declaration after the function read the name.
def outer():
    total = 0
    def add(n):
        print(total)
        nonlocal total
        total += n
    add(1)
    return total

print(outer())
