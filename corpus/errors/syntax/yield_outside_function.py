# A `yield` at module level, outside any function.
total = 0
for i in range(3):
    total += i
    yield total
print(total)
