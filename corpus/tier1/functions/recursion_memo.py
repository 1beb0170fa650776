# Tests recursion with a global memo dict and big-int results
memo = {}
def fib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(50), fib(100), fib(200))
print(len(memo))
cache = {}
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key in cache:
        return cache[key]
    v = partitions(n - k, k) + partitions(n, k - 1)
    cache[key] = v
    return v
print([partitions(i, i) for i in range(15)])
print(partitions(100, 100))
def binom(n, k):
    if k == 0 or k == n:
        return 1
    key = ("b", n, k)
    if key in cache:
        return cache[key]
    v = binom(n - 1, k - 1) + binom(n - 1, k)
    cache[key] = v
    return v
print(binom(10, 5), binom(60, 30))
