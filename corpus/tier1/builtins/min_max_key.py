# Tests min() and max() with iterables, multiple args and key= functions
print(min(3, 1, 2), max(3, 1, 2), min([5]), max("zebra"), min((4, -4)))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
def last_char(s):
    return s[-1]
print(min(words, key=last_char), max(words, key=last_char))
print(max([-3, 2, -7], key=abs), min([-3, 2, -7], key=abs))
print(max(1, 1.0), max(1.0, 1), min(True, 1), max([0, False]))
pts = [(1, 5), (3, 2), (2, 8)]
def ycoord(p):
    return p[1]
print(max(pts), min(pts), max(pts, key=ycoord), min(pts, key=ycoord))
print(max("a", "b", "c", key=ord), min(range(-5, 5), key=abs))
def neg(x):
    return -x
print(max(range(10), key=neg), min(x * x for x in range(-3, 4)))
print(max([[1, 2], [1, 3], [0, 9]]), max({3: "a", 7: "b"}), max({1, 9, 4}))
print(max(["b", "a", "c"], key=len), min(["b", "a", "c"], key=len))
