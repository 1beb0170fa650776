# RecursionError: recursive flatten on a list nested thousands of levels deep.
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

print(flatten([1, [2, [3, [4]], 5], [[6]]]))
deep = [0]
for i in range(1, 4000):
    deep = [i, deep]
print("deep list built")
print(len(flatten(deep)))
