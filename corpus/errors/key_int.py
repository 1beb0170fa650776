# Memo table lookup with a key that was never stored.
memo = {0: 1, 1: 1}
for n in range(2, 6):
    memo[n] = memo[n - 1] + memo[n - 2]
    print(n, memo[n])
print(memo[10])
