# An invariant check inside a loop, with a computed message.
def check_sorted(xs):
    for i in range(len(xs) - 1):
        assert xs[i] <= xs[i + 1], "out of order at index " + str(i)
    return True

print(check_sorted([1, 2, 2, 5]))
print(check_sorted([]))
print(check_sorted([3, 1, 2]))
