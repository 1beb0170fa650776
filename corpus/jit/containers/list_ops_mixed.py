# list concatenation, repetition, equality, ordering, sorting with keys and stability, count/index in loops.
a = [1, 2]
b = a * 3
c = a + [3.5, "x"]
print(b, c, [0] * 0, [None] * 2, [] * 5, a * -1)
print([1, 2] == [1, 2.0], [1, 2] != [1, 2], [1, 2] < [1, 3], [1, 2, 0] > [1, 2], [[1]] == [[1.0]])
recs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(recs), sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[0], reverse=True))


def bubble(xs):
    xs = xs[:]
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs


print(bubble([5, 2.5, -1, 2 ** 50, 0, 3, -7.25, True]))
import_like = bubble([(i * 37) % 101 for i in range(60)])
print(import_like[:10], import_like[-3:])
cnt = 0
big = list(range(200)) * 5
for v in range(0, 200, 20):
    cnt += big.count(v) + big.index(v)
print(cnt)
try:
    big.index(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    big.remove(-1)
except ValueError as e:
    print("ValueError:", e)
print(list(range(5)) + list("ab"), list((1, 2)), list({"k": 1}), len([[]] * 3))
