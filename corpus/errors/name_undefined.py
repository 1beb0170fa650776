# Typo in a variable name.
count = 3
for i in range(count):
    print("tick", i)
print("done after", tick_totl, "ticks")
