# A buggy merge of sorted lists forgets the leftovers of the first list; a size invariant catches it.
def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + b[j:]

for a, b in [([1, 4, 9], [2, 3, 10]), ([1, 5], [2, 3, 4, 6, 7]), ([5, 8], [1, 2])]:
    result = merge(a, b)
    print(result)
    assert result == sorted(result)
    assert len(result) == len(a) + len(b), f"merged {len(result)} items, expected {len(a) + len(b)}"
