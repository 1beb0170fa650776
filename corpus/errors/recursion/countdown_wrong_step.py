# RecursionError: a countdown that steps past its base case.
def countdown(n, acc):
    if n == 0:
        return acc
    return countdown(n - 2, acc + n)

for start in (2, 4, 6, 8):
    print(start, countdown(start, 0))
print(countdown(7, 0))
