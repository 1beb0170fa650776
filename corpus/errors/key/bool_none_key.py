# Keys True/1 collide, but None is not a key.
flags = {True: "yes", False: "no", 2: "maybe"}
print(flags[1], flags[0], flags[2])
print(flags[True], len(flags))
print(flags[None])
