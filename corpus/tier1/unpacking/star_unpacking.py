# Tests starred assignment targets a, *b = ... in various positions
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *rest = "hello"
print(first, rest)
*init, last = range(5)
print(init, last)
a, b, *c = (1, 2)
print(a, b, c)
head, *tail = [0]
print(head, tail)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
for f, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(f, others)
*allof, = [7, 8]
print(allof)
nums = [5, 3, 8]
lo, *_ = sorted(nums)
*_, hi = sorted(nums)
print(lo, hi)
