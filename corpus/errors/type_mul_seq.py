# Repeating a string by a float.
line = "-="
print(line * 5)
width = 20 / 2
print(width)
print(line * width)
