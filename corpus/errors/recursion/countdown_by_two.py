# RecursionError: stepping by 2 skips the n == 0 base case for odd inputs.
def half_steps(n):
    if n == 0:
        return 0
    return 1 + half_steps(n - 2)

for n in [0, 4, 10, 100]:
    print(n, half_steps(n))
print(half_steps(7))
