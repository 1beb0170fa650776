# A while-loop counter and accumulator that live above 2**47 / 2**63 (boxed) for the whole loop, mixed with small ones.
def count(start, n):
    i = start
    stop = start + n
    acc = 0
    small = 0
    while i < stop:
        acc += i - start
        small += 1
        i += 1
    return i, acc, small


print(count(2 ** 47 - 500, 1000))
print(count(2 ** 63 - 500, 1000))
print(count(-(2 ** 63) - 500, 1000))
print(count(10 ** 30, 1000))


def fib_mod(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a % 1000000007, len(str(a))


print(fib_mod(1000), fib_mod(90), fib_mod(93))


def alternate(n):
    x = 2 ** 47
    out = []
    for i in range(n):
        x = x + 1 if i % 2 == 0 else x - 3
        out.append(x - 2 ** 47)
    return out[-6:], x


print(alternate(2000))
