# Writing JavaScript's `null` instead of None.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i
    return null

print(find([4, 8, 15], 8))
print(find([4, 8, 15], 16))
