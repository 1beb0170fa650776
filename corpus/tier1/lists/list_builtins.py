# Tests builtins applied to lists: len, list(), sorted, reversed, sum, min, max, enumerate
a = [4, -2, 7, 0, 7, 3]
print(len(a), sum(a), min(a), max(a), sorted(a), sorted(a, reverse=True))
print(list(reversed(a)), a)
print(list(enumerate(a)), list(enumerate(a, 10))[:2])
print(list("abc"), list(range(3)), list((1, 2)), list({"x": 1, "y": 2}))
print(list(zip(a, "abcdef")))
print(any(a), all(a), any([]), all([]))
total = 0
for i, v in enumerate(a):
    total += i * v
print(total)
print([x for x in reversed(sorted(a))])
b = list(a)
b.sort()
print(b == sorted(a), b is a)
