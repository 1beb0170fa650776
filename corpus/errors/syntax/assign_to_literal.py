x = 3
if x > 2:
    5 = x
print(x)
