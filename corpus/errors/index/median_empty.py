# Median of each group; the last filtered group is empty.
def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    if len(s) % 2:
        return s[mid]
    return (s[mid - 1] + s[mid]) / 2

data = [3, 9, 1, 7, 4, 12, 8]
for limit in (100, 8, 4, 0):
    small = [x for x in data if x < limit]
    print(limit, small, median(small))
