# RecursionError: recursion depth grows with the input; fine for small n only.
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)

for n in [10, 100, 500]:
    print(n, sum_to(n), n * (n + 1) // 2)
print(sum_to(3000))
