# A multi-line dict literal whose brace is never closed.
colors = {
    "red": 1,
    "green": 2,
    "blue": 3,

for name in colors:
    print(name)
