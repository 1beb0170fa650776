# Binary search variants: exact, lower/upper bound, rotated arrays, answers on a monotone predicate.

def exact(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def search_rotated(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= x < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < x <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


def int_sqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo


def float_root(f_coeffs, lo, hi):
    # bisection on a polynomial with a sign change in [lo, hi]
    for _ in range(60):
        mid = (lo + hi) / 2
        v = 0.0
        for c in f_coeffs:
            v = v * mid + c
        vlo = 0.0
        for c in f_coeffs:
            vlo = vlo * lo + c
        if (v < 0) == (vlo < 0):
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


data = [1, 3, 3, 3, 5, 8, 13, 13, 21, 34, 55, 89]
for x in (0, 1, 3, 4, 13, 55, 89, 100):
    print(f"x={x:3d} exact={exact(data, x):3d} lower={lower_bound(data, x):3d} upper={upper_bound(data, x):3d} count={upper_bound(data, x) - lower_bound(data, x)}")

rot = [15, 18, 22, 29, 2, 4, 7, 9, 11]
print([search_rotated(rot, x) for x in (15, 29, 2, 11, 5, 100)])
print([int_sqrt(n) for n in (0, 1, 8, 9, 10, 99, 100, 10 ** 30, 2 ** 127)])
print("cube root of 2:", round(float_root([1.0, 0.0, 0.0, -2.0], 0.0, 2.0), 12))
print("root of x^2-x-1:", float_root([1.0, -1.0, -1.0], 1.0, 2.0))

# minimum capacity to ship packages within D days
weights = [3, 2, 2, 4, 1, 4, 7, 8, 1, 5, 9, 6, 2, 3]


def days_needed(cap):
    days, load = 1, 0
    for w in weights:
        if load + w > cap:
            days += 1
            load = 0
        load += w
    return days


for d in (1, 3, 5, 7, 14):
    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(mid) <= d:
            hi = mid
        else:
            lo = mid + 1
    print(f"ship in {d} days: capacity {lo}")
