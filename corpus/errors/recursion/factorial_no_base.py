# RecursionError: factorial whose base case is never reached for 0.
def fact(n):
    if n == 1:
        return 1
    return n * fact(n - 1)

for n in [1, 5, 10, 20]:
    print(n, fact(n))
print(fact(0))
