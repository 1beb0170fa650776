# RecursionError: memoization avoids repeated work but not recursion depth.
memo = {0: 0, 1: 1}

def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print(fib(30))
print(fib(300) % 1000000007)
memo = {0: 0, 1: 1}
print(fib(4000) % 1000000007)
