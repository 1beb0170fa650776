# Assigning to a global name inside a function makes it local.
counter = 0

def bump():
    counter += 1
    return counter

print("counter is", counter)
print(bump())
