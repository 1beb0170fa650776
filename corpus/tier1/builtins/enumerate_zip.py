# Tests enumerate (with start) and zip (uneven lengths, many iterables)
for i, c in enumerate("abc"):
    print(i, c)
for i, c in enumerate("abc", 1):
    print(i, c, end="; ")
print()
print(list(enumerate([10, 20], start=100)), list(enumerate([], 5)), list(enumerate("xy", -2)))
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip("a", [1, 2, 3])))
print(list(zip()), list(zip([1, 2])), list(zip([], [1])))
print(list(zip(range(3), range(10, 13), range(20, 30))))
names = ["ann", "ben", "cy"]
ages = [30, 25]
for n, a in zip(names, ages):
    print(n, a)
print(dict(zip(names, ages)), dict(enumerate(names)))
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(r) for r in zip(*m)])
for idx, (n, a) in enumerate(zip(names, ages)):
    print(idx, n, a)
a = [1, 2, 3]
print([x * y for x, y in zip(a, a[1:])])
