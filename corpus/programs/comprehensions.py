# Comprehensions and generator expressions in everyday use.

nums = list(range(1, 21))
squares = [n * n for n in nums]
evens = [n for n in nums if n % 2 == 0]
pairs = [(a, b) for a in range(1, 5) for b in range(a, 5)]
matrix = [[r * 3 + c for c in range(3)] for r in range(4)]
flat = [x for row in matrix for x in row]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(squares)
print(evens)
print(pairs)
print(matrix, flat, transposed)

lookup = {n: n ** 3 for n in range(8)}
inverse = {v: k for k, v in lookup.items()}
print(lookup)
print(inverse[343], inverse.get(344, "missing"))
word_lengths = {w: len(w) for w in "alpha beta gamma delta epsilon".split()}
print(word_lengths)
mods = {n % 5 for n in range(100)}
print(sorted(mods))

print(sum(n * n for n in range(101)))
print(max(len(w) for w in word_lengths), min(w for w in word_lengths))
print(any(n > 19 for n in nums), all(n > 0 for n in nums), any(n > 100 for n in nums))
print(sorted((v, k) for k, v in word_lengths.items()))
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print("pythagorean triples:", triples)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print("primes:", primes)
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 21)]
print(" ".join(fizz))
grid = [["#" if (r + c) % 3 == 0 else "." for c in range(12)] for r in range(4)]
print("\n".join("".join(row) for row in grid))
nested = [[j for j in range(i)] for i in range(5)]
print(nested, [len(x) for x in nested])
counts = {ch: "hello world".count(ch) for ch in "hello world" if ch != " "}
print(counts)
x = 10
doubled = [x * 2 for x in range(3)]
print("loop variable does not leak:", x, doubled)
gen = (i * i for i in range(5))
print(list(gen), list(gen))
print(list(zip(nums[:5], squares[:5])), list(enumerate("abc", 1)))
print(list(map(str, range(5))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(dict(zip("abc", range(3))), list(reversed(range(5))), tuple(x for x in "hey"))
print(sum([[1], [2, 3], [4]], []), [i for i in range(10)][::3])
