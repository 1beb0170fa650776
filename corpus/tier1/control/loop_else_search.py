# Tests for/while-else semantics in search loops and primes
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
def first_neg(xs):
    i = 0
    while i < len(xs):
        if xs[i] < 0:
            print("neg at", i)
            break
        i += 1
    else:
        print("no negatives in", xs)
first_neg([1, 2, -3, 4])
first_neg([1, 2, 3])
first_neg([])
for i in range(3):
    for j in range(3):
        if j == 5:
            break
    else:
        print("inner else", i)
