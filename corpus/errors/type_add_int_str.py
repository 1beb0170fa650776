# Adding a number to a string.
total = 0
for item in [1, 2, 3]:
    total = total + item
    print("running total", total)
total = total + "4"
