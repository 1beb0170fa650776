# RecursionError: three mutually recursive functions, one forgets its base case.
def red(n):
    if n <= 0:
        return "red"
    return green(n - 1)

def green(n):
    if n <= 0:
        return "green"
    return blue(n - 1)

def blue(n):
    return red(n + 2)

print(red(0), red(1), green(0))
print(blue(-1), blue(-2))
print(red(5))
