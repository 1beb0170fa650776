# Tests set add, remove, discard, pop (order-independent checks)
s = set()
s.add(5)
s.add(3)
s.add(5)
print(s, len(s))
s.remove(5)
print(s)
s.discard(3)
s.discard(100)
print(s, len(s))
s = {10, 20, 30, 40}
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s, len(s))
words = set()
for w in "a rose is a rose is a rose".split():
    words.add(w)
print(sorted(words), len(words))
w2 = set(words)
w2.remove("a")
print(sorted(w2), sorted(words))
nums = {1, 2, 3, 4, 5, 6}
for n in [2, 4, 6, 8]:
    nums.discard(n)
print(nums)
x = {1}
x.add(True)
x.add(1.0)
print(x, len(x))
