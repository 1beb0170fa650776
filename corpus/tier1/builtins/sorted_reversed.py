# Tests sorted() with key=/reverse= on many iterables, and reversed() on sequences
print(sorted([3, 1, 2]), sorted("hello"), sorted((9, -1, 0)), sorted({3: "a", 1: "b"}))
print(sorted([3, 1, 2], reverse=True), sorted([], reverse=True), sorted(range(5, 0, -1)))
words = ["Banana", "apple", "Cherry", "date"]
def low(s):
    return s.lower()
print(sorted(words), sorted(words, key=low), sorted(words, key=low, reverse=True))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
def second(p):
    return p[1]
print(sorted(data), sorted(data, key=second), sorted(data, key=second, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print("".join(reversed("stressed")), list(reversed([])))
orig = [5, 2, 8]
s = sorted(orig)
print(orig, s, s is orig)
for i in reversed(range(1, 4)):
    print(i, end=" ")
print()
print(sorted([0.5, -1, True, 2, False]), sorted(x % 5 for x in range(12)))
