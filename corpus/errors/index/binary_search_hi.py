# Binary search with an off-by-one upper bound reads past the end.
def search(xs, target):
    lo, hi = 0, len(xs)
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

data = [2, 3, 5, 7, 11, 13]
for t in (7, 2, 4, 13, 99):
    print(t, search(data, t))
