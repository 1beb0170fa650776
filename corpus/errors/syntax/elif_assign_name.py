# A single `=` in an `elif` condition, after statements that would have run.
mode = 3
print("start")
if mode == 1:
    print("one")
elif mode = 3:
    print("three")
