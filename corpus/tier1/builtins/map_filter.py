# Tests map() and filter() with named functions and None as filter predicate
def sq(x):
    return x * x
def is_even(x):
    return x % 2 == 0
def add(a, b):
    return a + b
print(list(map(sq, range(6))), list(filter(is_even, range(10))))
print(list(map(add, [1, 2, 3], [10, 20, 30])), list(map(add, [1, 2, 3], [10])))
print(list(map(str, [1, 2.5, None])), list(map(int, ["7", "-3", "10"])), list(map(len, ["a", "bb", ""])))
print(list(filter(None, [0, 1, "", "x", [], [0], None, False, 2.5])))
print(sum(map(sq, range(4))), sorted(map(abs, [-3, 1, -2])), max(map(len, ["aa", "b", "cccc"])))
print(tuple(filter(is_even, (1, 2, 3, 4))))
print(" ".join(map(str, range(5))), list(map(sq, filter(is_even, range(7)))))
m = map(sq, [1, 2, 3])
print(list(m), list(m))
f = filter(is_even, [2, 4])
for v in f:
    print("filtered", v)
print(list(map(ord, "abc")), list(map(chr, [72, 105])))
print(list(map(bool, [0, 1, [], [0]])), list(map(float, ["1.5", "2"])))
