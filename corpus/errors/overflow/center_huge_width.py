# OverflowError: str.center with a width too big for a machine size.
title = "menu"
print(title.center(12, "*"))
print("[" + title.ljust(8) + "]")
width = 10 ** 19
print(width > 2 ** 63)
print(title.center(width))
