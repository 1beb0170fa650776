# Tests list.sort with key/reverse, stability, and list.reverse
a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
words.sort()
print(words)
def lower(s):
    return s.lower()
words.sort(key=lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
def first(p):
    return p[0]
pairs.sort(key=first)
print(pairs)
pairs.sort()
print(pairs)
nums = [-3, 2, -1, 4, 0, -5]
nums.sort(key=abs)
print(nums)
r = []
r.reverse()
print(r)
x = [1, 2, 3, 4]
x.reverse()
print(x, x.sort(), x, x.reverse(), x)
mixed = [3, 1.5, True, 0, -2.5]
mixed.sort()
print(mixed)
nested = [[2, 1], [1, 2], [1], [], [2]]
nested.sort()
print(nested)
