# Tests building tuples in loops, tuple concatenation and nested tuple iteration
acc = ()
for i in range(5):
    acc = acc + (i,)
print(acc)
acc += (10, 11)
print(acc)
acc *= 2
print(acc, len(acc))
pairs = ((1, "one"), (2, "two"), (3, "three"))
for num, word in pairs:
    print(num, word, word * num)
for i, (num, word) in enumerate(pairs):
    print(i, num, word[0])
tri = tuple(tuple(range(i)) for i in range(4))
print(tri)
print(sum(len(x) for x in tri))
print(((1, 2), (3, 4))[1], ((),), ((), ()))
