# TypeError: del on a tuple item.
point = (3, 4)
print(point[0])
del point[0]
