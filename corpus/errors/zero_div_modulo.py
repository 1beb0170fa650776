# Cycling through a list with modulo, but the list becomes empty.
colors = ["red", "green", "blue"]
i = 0
while True:
    print(i, colors[i % len(colors)])
    i += 1
    if i % 2 == 0:
        colors.pop()
