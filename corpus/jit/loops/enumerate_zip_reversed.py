# enumerate (with start), zip (unequal lengths, 3-way), reversed on lists/ranges/strs, map and filter in loops.
names = ["ann", "bob", "cy", "dee"]
scores = [90, 85.5, 77, 100, 5]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 10):
    print(i, n)
for n, s in zip(names, scores):
    print(n, s)
for a, b, c in zip(range(5), "xyz", [True, False, None, 1]):
    print(a, b, c)
print(list(zip()), list(zip([1, 2])), list(enumerate("")))
for x in reversed(names):
    print(x, end=" ")
print()
for x in reversed(range(0, 20, 6)):
    print(x, end=" ")
print()
print(list(reversed("abc")), list(reversed((1, 2, 3))))


def hot(n):
    xs = list(range(n))
    ys = [i * i for i in range(n)]
    dot = 0
    for i, (a, b) in enumerate(zip(xs, ys)):
        dot += i * a - b
    rev = 0
    for k, v in enumerate(reversed(xs)):
        rev += k * v
    return dot, rev


print(hot(1500))
print(list(map(lambda x: x * 2, [1, 2.5, "a"])), list(filter(None, [0, 1, "", "x", None, 2])))
print(list(map(str, range(5))), list(filter(lambda x: x % 3, range(10))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
pairs = []
for idx, (ch, num) in enumerate(zip("abc", [3, 2, 1])):
    pairs.append(ch * num + str(idx))
print(pairs)
