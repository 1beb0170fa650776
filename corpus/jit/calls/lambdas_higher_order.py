# Lambdas and higher-order functions (map, filter, sorted key=, min/max key=, compose) called from loops.
square = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
sq_then_inc = compose(inc, square)
print([sq_then_inc(i) for i in range(6)], compose(str, square)(2.5))
words = ["banana", "Apple", "cherry", "fig", "date", "elderberry", "apple"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
print(min(words, key=len), max(words, key=lambda w: w[-1]), sorted(range(10), key=lambda v: v % 3))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


print(apply_n(inc, 2000, 0), apply_n(lambda v: v * 1.001, 1000, 1.0), apply_n(lambda s: s[1:] + s[0], 7, "abcdef"))
fs = [inc, square, lambda x: -x, abs, str, float]
print([f(-3) for f in fs])
pipeline = [lambda x: x + 1, lambda x: x * 2, lambda x: x - 3]
acc = []
for v in range(10):
    for f in pipeline:
        v = f(v)
    acc.append(v)
print(acc)
print(list(map(lambda p: p[0] * p[1], zip(range(5), range(5, 10)))))
print(list(filter(lambda x: x % 2 and x % 3, range(30))))
key = lambda t: -t[1]
print(sorted([("a", 3), ("b", 1), ("c", 2), ("d", 3)], key=key))
