# A `nonlocal` declaration at module level.
nonlocal counter
counter = 0
counter += 1
print(counter)
