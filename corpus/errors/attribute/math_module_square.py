# AttributeError: a function the math module does not have.
import math
side = 7
print(math.sqrt(side * side))
print(math.pow(side, 2))
print(math.hypot(3, 4))
print(math.square(side))
