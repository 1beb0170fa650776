# Recursive sum with the wrong base case walks one element too far.
def rsum(xs, i):
    print("  at", i)
    if i > len(xs):
        return 0
    return xs[i] + rsum(xs, i + 1)

print("start")
print(rsum([4, 5, 6], 0))
