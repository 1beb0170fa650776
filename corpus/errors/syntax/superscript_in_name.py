# A superscript digit is a number but not a digit: not part of a name.
square = 3
x² = square * square
print(x²)
