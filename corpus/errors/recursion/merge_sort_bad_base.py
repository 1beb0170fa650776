# RecursionError: merge sort whose base case only handles the empty list.
def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]

def msort(xs):
    if len(xs) == 0:
        return xs
    mid = len(xs) // 2
    return merge(msort(xs[:mid]), msort(xs[mid:]))

print(merge([1, 4, 9], [2, 3, 10]))
print(msort([]))
print(msort([5, 1, 4]))
