# RecursionError: floor division of a negative number never reaches 0 (-1 // 10 == -1).
def digit_sum(n):
    if n == 0:
        return 0
    return n % 10 + digit_sum(n // 10)

for n in [0, 9, 123, 99999, 10 ** 20]:
    print(n, digit_sum(n))
print(-1 // 10, -1 % 10)
print(digit_sum(-42))
