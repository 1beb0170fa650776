# A def whose parameter list lost its opening parenthesis.
def area width, height):
    return width * height

print(area(2, 3))
