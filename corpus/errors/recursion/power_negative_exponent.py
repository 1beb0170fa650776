# RecursionError: fast power that never terminates for negative exponents.
def power(x, n):
    if n == 0:
        return 1
    if n % 2 == 0:
        half = power(x, n // 2)
        return half * half
    return x * power(x, n - 1)

print(power(2, 10), power(3, 5), power(7, 0))
print(power(2, 100))
print(power(2, -1))
