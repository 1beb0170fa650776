# RecursionError: a recursive lambda with no base case.
square = lambda x: x * x
print([square(i) for i in range(5)])
safe = lambda n: 1 if n <= 1 else n * safe(n - 1)
print(safe(6))
fact = lambda n: n * fact(n - 1)
print(fact(5))
