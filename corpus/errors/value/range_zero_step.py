# range() with a step computed as zero.
def ticks(lo, hi, n):
    step = (hi - lo) // n
    print("step", step)
    return list(range(lo, hi, step))

print(ticks(0, 100, 4))
print(ticks(0, 10, 5))
print(ticks(0, 3, 5))
