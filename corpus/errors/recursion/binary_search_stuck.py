# RecursionError: recursive binary search that sets lo = mid and stops making progress.
def search(xs, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return search(xs, target, mid, hi)
    return search(xs, target, lo, mid - 1)

data = [2, 3, 5, 7, 11, 13, 17]
for t in [7, 3, 2, 1]:
    print(t, search(data, t, 0, len(data) - 1))
print(search(data, 17, 0, len(data) - 1))
