# Recursive fib with int, float and big-int results, memoised and naive, called from compiled loops.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ffib(n):
    if n < 2:
        return float(n)
    return ffib(n - 1) + ffib(n - 2)


memo = {}


def mfib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    r = mfib(n - 1) + mfib(n - 2)
    memo[n] = r
    return r


print([fib(i) for i in range(20)])
print(fib(21), ffib(21))
for k in (50, 70, 90, 93, 100, 150, 300):
    print(k, mfib(k))


def tail_sum(n, acc=0):
    if n == 0:
        return acc
    return tail_sum(n - 1, acc + n)


print(tail_sum(500), tail_sum(0), tail_sum(900))
tot = 0
for i in range(200):
    tot += fib(i % 12)
print(tot)
