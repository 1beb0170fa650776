# A recursive function whose base case returns an undefined name.
def depth(tree):
    if not tree:
        return base_depth
    return 1 + max(depth(child) for child in tree)

print("computing depth")
print(depth([[[]], []]))
