# A failing assert whose message expression names an undefined variable.
def check_sorted(xs):
    for i in range(len(xs) - 1):
        assert xs[i] <= xs[i + 1], f"out of order at {position}"
    return True

print(check_sorted([1, 2, 3]))
print(check_sorted([3, 1, 2]))
