# RecursionError: a recursive strided sum called with a step of 0.
def stride_sum(lo, hi, step):
    if lo >= hi:
        return 0
    return lo + stride_sum(lo + step, hi, step)

print(stride_sum(0, 10, 1), sum(range(0, 10, 1)))
print(stride_sum(0, 10, 3), sum(range(0, 10, 3)))
print(stride_sum(5, 5, 0))
print(stride_sum(1, 100, 0))
