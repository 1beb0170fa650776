# A single `=` used as a comparison in a while condition.
n = 10
steps = 0
while n = 1:
    n = n // 2
    steps += 1
print(steps)
