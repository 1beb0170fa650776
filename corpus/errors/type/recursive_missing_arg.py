# A recursive helper that forgets to pass its accumulator.
def flatten(items, out):
    for it in items:
        if isinstance(it, list):
            flatten(it)
        else:
            out.append(it)
    return out

print(flatten([1, 2, 3], []))
print(flatten([1, [2, 3], 4], []))
