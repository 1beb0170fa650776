# Tests comprehensions in algorithms: primes, divisors, pythagorean, quicksort
def divisors(n):
    return [d for d in range(1, n + 1) if n % d == 0]
print(divisors(36), divisors(17), divisors(1))
perfect = [n for n in range(2, 500) if sum(divisors(n)) - n == n]
print(perfect)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, n))]
print(primes)
def qsort(xs):
    if len(xs) <= 1:
        return xs
    p = xs[0]
    return qsort([x for x in xs[1:] if x < p]) + [p] + qsort([x for x in xs[1:] if x >= p])
print(qsort([5, 3, 9, 1, 5, 0, -2, 8, 3]))
print(qsort(list("quicksort")))
chunks = [list(range(10))[i:i + 3] for i in range(0, 10, 3)]
print(chunks)
word = "mississippi"
print({c: word.count(c) for c in word})
print(sorted([(word.count(c), c) for c in set(word)], reverse=True))
