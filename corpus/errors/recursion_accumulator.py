# Recursive list sum whose step never shrinks the input.
def total(xs, acc=0):
    if not xs:
        return acc
    return total(xs[0:], acc + xs[0])

print("sum of []:", total([]))
print("sum of [1, 2, 3]:", total([1, 2, 3]))
