# Using a for-loop variable after looping over an empty range.
def show(n):
    for idx in range(n):
        pass
    print("n =", n)

show(3)
for step in range(0):
    print("never")
print("last step", step)
