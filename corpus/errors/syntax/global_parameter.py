# SyntaxError: a parameter declared global.
def scale(factor):
    global factor
    return factor * 2

print(scale(3))
