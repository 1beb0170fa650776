# OverflowError: true division of a huge int sum gives a result too large for a float.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

values = [factorial(n) for n in (5, 10, 20)]
print(values, sum(values) / len(values))
big = [factorial(n) for n in (200, 210, 220)]
print(len(str(sum(big))), "digits")
print(sum(big) // len(big) % 1000)
print(sum(big) / len(big))
